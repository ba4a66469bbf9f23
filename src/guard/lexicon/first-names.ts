import { wordSet } from './words.ts';

// Common Dutch first names (all generations, incl. names common among Dutch people of
// Turkish, Moroccan, Surinamese and Antillean descent).
export const FIRST_NAMES_NL = wordSet(`
anna emma julia sophie tess zoë zoe sara sarah lisa eva lotte fleur noa nora liv mila yara
saar sanne femke anouk iris lieke linda monique petra marieke marloes ilse esther ellen
ingrid karin mirjam annemarie annette anja yvonne wilma gerda truus riet annie mien to
corrie joke tineke hennie gonnie jannie diny dinie ria nel bep greet marijke marian marianne
maria marja miranda sandra sabine natasja nathalie nicole kim chantal jolanda jacqueline
jeanette hanneke janneke willemijn floor merel maartje mieke nienke renske roosmarijn
sietske trijntje hilde hester josé josee geertje aaltje hendrikje jantje leny lenie
elly els elisabeth lies liesbeth bea beatrijs carla caroline charlotte christine claudia
daphne debby denise dewi diana dominique edith elise elke evelien fenna frederique hannah
hanna isa isabel jasmijn jessica judith julie karlijn kirsten laura lara lieve lina
lynn manon margriet marleen martine maud mila naomi noor nina olivia patricia rianne
romy sacha shirley silvia simone sofie sophia stephanie suzanne tamara thea tirza vera
wendy yasmina yasmin fatima khadija aisha samira naima hatice ayse ayşe fatma elif zeynep
meryem ilham nadia soumaya shanti sharita priya cindy gladys
jan kees piet henk gerrit willem wim hans peter johan jaap joop klaas dirk cor bert
frans ad ton theo harry gerard jos jeroen maarten martijn marco michel erik eric rob
ruud ronald richard robert rené rene sjaak sjoerd wouter bram daan sem lucas luuk
levi finn milan noah liam thijs jesse ruben lars stijn tim tom niels koen jeroen joris
jasper bart bas thomas sander dennis edwin arjan arjen hendrik hein henri herman hugo
jacob jacobus johannes cornelis adrianus gijs guus hidde jelle jurre mees siem teun
ties wessel wouter job joep jochem kevin mike patrick paul pim pieter remco rik
roel rutger sebastiaan stefan steven sven vincent wilco wiebe albert alexander
anton arie arnold barend ben benny berend bernard boudewijn chris christiaan coen
dick dolf egbert evert ferdinand frank fred freek geert gert gijsbert harm jeroen
joost kasper lambert leen leo louis luc marcel marius matthijs menno nico olaf otto
reinier roelof simon taco teun tjeerd wijnand wilfred youssef yusuf mohammed mohamed
mehmet mustafa ahmed ahmet ali hassan hamza ibrahim omar karim rachid said samir bilal
emre kerem burak murat ayoub soufiane anil ravi rajesh sunil glenn dwayne
marjolein wendelien jildou wietske aukje femmie hiske geesje jantina rinske sientje gerbrich
jorinde tjitske gerdien anneloes teuntje sytske wieke inge ingeborg annemiek annelies anneke
geertruida diewertje gonny ineke toos dineke mientje willemien jacomijn jozefien djoeke dieuwke
baukje sjoukje grietje tjalling durk wybren jildert arend aafke akke antje atsje boukje dieke
doutzen froukje gerbrig geartsje hylke iebele jitske klaske lolkje lutske minke nynke pietje
reinou renske sietske sjaan tetje trudy wilma yke ytsje gosse haije hessel jappie jouke
klaas-jan lieuwe meindert oene reitse sible sipke sjirk tiede wopke ynze auke bauke douwe
feike gerben hidde jelmer jorrit rintje sjors tjerk wiebren marten jetske aagje alie annigje
betsie bertha dirkje elsje femke fokje geeske geesje hendrikje hillie jeltje klaasje lammie
marrigje neeltje roelie tjikke wijntje ria lenie thea toos hannie annie jannie mies
`);

// Common English first names (UK, US, Ireland, Australia).
export const FIRST_NAMES_EN = wordSet(`
james john robert michael david william richard joseph thomas charles christopher daniel
matthew anthony donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler
aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
roy vincent ralph eugene russell bobby mason philip louis harry oliver charlie oscar
leo archie alfie freddie theo arthur jacob toby reggie ronnie stanley sidney cyril
ernest percy nigel graham colin trevor derek barry clive malcolm ian neil stuart gavin
craig darren wayne lee liam connor callum rhys owen evan declan ciaran sean patrick
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
ann sara madison frances kathryn janice jean abigail alice judy sophia denise doris
marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori ava mia amelia isla poppy freya lily ella chloe jessica sophie
evie florence phoebe imogen harriet beatrice edith mabel maud ethel gladys elsie
doreen maureen pauline brenda eileen sheila irene vera jean moira fiona siobhan
aoife niamh bridget kathleen gemma kerry leanne tracey tracy stacey natasha zoe
priya aisha fatima amira yasmin
`);

// Ordinary words that are also first names: only a name when a title, role word or surname
// makes it one ("Roos de Vries", "mevrouw Roos"), never on their own.
export const NAME_EXCEPTIONS = wordSet(`
roos bas mark will hoop storm fleur jet kim sterre zon noor bloem ster dag hein
may june april august summer rose hope faith grace joy sky dean guy rich bill pat sue
jack frank bob ray gene art mike eve ben don ken sunny rob nick chase hunter penny
ruby amber ivy daisy holly iris jasmine violet lily poppy victoria
baker brown white green black young king hill wood stone
mees wil lieve job tom
tiny riek ate rinse pier
`);
