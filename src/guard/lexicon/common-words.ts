import { wordSet } from './words.ts';

// Frequent function words, used for language detection and to tell names from words.
export const STOPWORDS_NL = wordSet(`
de het een en van in is op te dat die voor met zijn niet aan er om ook als bij of uit
naar maar dan nog wel deze dit wat we wij je jij u uw ons onze ze zij hij haar hem
hun was werd wordt worden heeft hebben had kan kunnen moet moeten zal zullen wil
door over tot al meer veel geen iets niets hoe waar wanneer waarom wie welke heel
erg echt graag even samen tijdens vandaag morgen gisteren week jaar dag tussen
onder zonder binnen buiten elke iedereen alle jullie mij mijn zo dus omdat
`);

export const STOPWORDS_EN = wordSet(`
the a an and of in is on to that this for with are be not at as by or from but
then still these what we you your our us they their he she her him his was were
has have had can could must should will would want do does did more many no some
how where when why who which very really please today tomorrow yesterday week
year day between under without within every everyone all it its my me so because
`);

// Everyday Dutch and English content words for splitting hashtags into words
// ("#gezondouderworden" → Gezond Ouder Worden). Lexicon and stopwords are added in hashtags.ts.
export const COMMON_WORDS = wordSet(`
gezond gezonde gezondheid ouder ouderen oud worden word samen thuis zorg zorgen zorgt
dag week maand jaar nacht werk werken werkt wonen leven leef lief liefde mantelzorg
mantelzorger mantelzorgers vrijwilliger vrijwilligers verpleegkundige verpleegkundigen
dank dankjewel bedankt welkom nieuw nieuwe open huis team teams goed beter best sterk
bewegen beweeg meer minder eten drinken water slapen slaap rust stress stop roken
rookvrij alcohol fit vitaal blij trots hart hersenen longen hoofd handen hand
wassen gewoon doen doe praten praat over met elkaar voor iedereen alle kind kinderen
jong jongeren gezin familie vriend vrienden buurt wijk stad dorp land nederland
week dementie diabetes kanker griep prik vaccin vaccinatie vaccineren preventie
vallen val valpreventie eenzaamheid eenzaam contact hulp help vragen vraag antwoord
tips tip info informatie nieuws feest vieren viering jarig zomer winter lente herfst
warm koud hitte hittegolf plan zelf eigen regie kracht positief mentaal fysiek
medisch zorgverlener zorgverleners ziekenhuis huisarts apotheek apotheker wachten
wachttijd wachtlijst vacature vacatures solliciteer werken bij kom ons onze jouw
wereld internationaal nationaal landelijk lokaal regionaal dagje uit mee doe
grip op stil stilte kijk luister lees samenwerken samenwerking innovatie digitaal
veilig veiligheid privacy zorgvuldig respect aandacht tijd geluk gelukkig lachen
sport sporten wandelen fietsen zwemmen dansen muziek zingen koor kunst cultuur
happy healthy health ageing aging aged old older grow growing care caring carer
carers together home week month year day night work working live living love life
thank thanks you welcome new open house team good better best strong move moving
eat eating drink drinking sleep rest stress stop smoking smokefree fit proud heart
brain lungs mind mental wellbeing hands wash hand just talk talking about with
each other everyone all kids children young youth family friends friend community
town city country nurses nurse nursing doctor doctors day awareness month world
cancer dementia diabetes flu jab vaccine vaccines prevention falls fall lonely
loneliness help ask question questions answer tips info news party celebrate summer
winter spring autumn warm cold heat wave plan self own power positive physical
medical hospital pharmacy wait waiting list job jobs join us our your safe safety
privacy respect attention time happiness smile sport walk walking cycling swimming
dance music sing choir art culture volunteer volunteers volunteering patient patients
week weeks clean hands mental health awareness support every matters
`);
