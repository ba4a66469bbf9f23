import { wordSet } from './words.ts';

// Frequent Dutch surnames (without the tussenvoegsel) and frequent English surnames.
export const SURNAMES = wordSet(`
jansen janssen de_jong jong vries bakker visser smit meijer meyer mulder bos vos peters
hendriks dekker brouwer dijk leeuwen berg bergh boer dijkstra koster kok kuipers
willems wit graaf bosch broek linden beek vermeulen huisman hoekstra jacobs schouten
prins post kuiper koning maas veenstra vliet wijk zwart groot hermans heuvel
kramer molenaar meer wal verhoeven schipper postma teunissen hoek dam kooij kamp
koenen vink wouters vermeer haan timmermans sluis jonker boersma vos sanders
lammers evers martens gerritsen bruin bruijn hofman huisman gerrits verbeek
mol van_der_meer claassen kaya yilmaz demir şahin sahin çelik celik yildiz öztürk ozturk
aydin el_amrani amrani bouzid benali ahmadi hussain khan singh ramdin
baas driessen goossens claes maessen bosman blom geerts reijnders peeters
wijngaarden zanten steen hartman hoogendoorn nijland oosterhuis stam terpstra
veen veldman verhoef vonk wagenaar westra wolters zijlstra haas hollander
hoogeveen jager kersten kroon laan meulen noordhuis pol roos rijn scholten
smits spijker tol verschuren vos weerd wolf zandstra koopman bouwman bouma
brinkman dekkers drost eijk gelder ham hoeven klein kooiman lange leijten
mertens mooij nieuwenhuis otten pauw pronk rietveld schaap schoenmaker sikkema
slot spaans stevens strijker thijssen tuinman verweij wiersma
smith johnson williams jones brown davis miller wilson moore taylor anderson thomas
jackson white harris martin thompson garcia martinez robinson clark rodriguez lewis
lee walker hall allen young hernandez king wright lopez hill scott green adams baker
gonzalez nelson carter mitchell perez roberts turner phillips campbell parker evans
edwards collins stewart sanchez morris rogers reed cook morgan bell murphy bailey
rivera cooper richardson cox howard ward torres peterson gray ramirez james watson
brooks kelly sanders price bennett wood barnes ross henderson coleman jenkins perry
powell long patterson hughes flores washington butler simmons foster gonzales bryant
alexander russell griffin diaz hayes patel shah khan ali ahmed begum hussain jones
wright walsh byrne ryan o'brien o'connor o'neill murray doyle quinn kennedy lynch
hughes davies thomas roberts lewis morgan griffiths owen jenkins price
`);

/** Tussenvoegsels (lower-case), single tokens; combinations such as "van der" chain. */
export const TUSSENVOEGSELS = wordSet(`van de der den ter ten te het in 't op el al la le von`);
