namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Everyday workplace life: careers and life events, skills, languages, hobbies and staff groups.</summary>
internal static class EverydayLexicon
{
    public const string Text = """
# --- Life events and circumstances
life_parenting: new parent, new parents, new dad, new mum, new mom, back from maternity, returning from parental leave, childcare juggling, school run, nursery pick-up, toddler, toddlers, kids at home
life_caring: unpaid carer, caring for a parent, caring responsibilities, elderly parent, elderly parents, sandwich generation, carers network
life_health_conditions: menopause, perimenopause, chronic illness, long covid, cancer diagnosis, living with cancer, diabetes, type 1 diabetes, migraines, endometriosis, fertility treatment, ivf, baby loss, miscarriage, grief, bereaved
life_neurodiversity: adhd, autism, autistic, dyslexia, dyslexic, dyspraxia, neurodivergent, neurodiverse, neurodiversity, reasonable adjustments, access to work
life_relocation: moving abroad, moved abroad, expat, expats, new to the city, new to the country, relocated, relocation package, settling in, finding a flat, house hunting
life_money: personal finance, budgeting at home, mortgage advice, first-time buyer, first time buyer, buying a house, financial wellbeing, debt advice, cost of living, salary sacrifice schemes
# --- Careers
career_change: career change, career changer, change careers, switch careers, retrain, retraining, move into tech, move into management, sideways move, secondment, secondments, internal move, returner, returners, returnship, career break
career_first_manager: first-time manager, first time manager, new manager, new managers, managing people for the first time, becoming a manager, line manager, line management, managing a team, managing former peers, delegation
career_exec: non-executive director, board seat, trustee role, board member, board experience, join a board
career_freelance: freelance, freelancer, freelancing, contractor life, self-employed, side hustle, side project, portfolio career
career_promotion_case: promotion case, promotion panel, promotion criteria, career ladder, career framework, competency framework, job levels
# --- Skills
skill_facilitation: facilitation, facilitating, facilitator, workshop design, running workshops, away day, away days, offsite, offsites, brainstorm, brainstorming, design sprint, liberating structures
skill_influence: influencing, influence without authority, stakeholder management, managing stakeholders, difficult conversations, hard conversations, managing up, getting buy-in, buy-in, persuasion
skill_time: time management, prioritisation skills, productivity, procrastination, overwhelm, inbox zero, email overload, too many meetings, meeting overload, focus time, deep work
skill_excel_adv: power query, power pivot, dax, advanced excel, excel macros, excel models, financial modelling, financial modeling, financial model
skill_writing_bids: grant writing, bid writing, writing bids, proposal writing, report writing, business writing, minute taking
skill_languages_learning: learn a language, learning a language, language exchange, conversation practice, practise my, practice my, duolingo, tandem partner
# --- Languages (speaking and translating)
lang_spanish: spanish, espanol, castellano, spanish-speaking, spanish speakers, latino, latina, hispanic
lang_portuguese: portuguese, portugues, brazilian portuguese, falo portugues
lang_french: french, francais, francophone
lang_german: german, deutsch, ich spreche
lang_italian: italian, italiano
lang_polish: polish, polski, po polsku
lang_arabic: arabic, arabic-speaking, arabic speakers
lang_urdu_hindi: urdu, hindi, punjabi, gujarati, bengali, bangla, tamil, telugu, malayalam, marathi
lang_chinese: mandarin, cantonese, chinese speakers, putonghua
lang_japanese: nihongo
lang_korean: 
lang_other_europe: dutch, nederlands, flemish, greek, turkish, romanian, bulgarian, hungarian, czech, slovak, ukrainian, russian, lithuanian, latvian, estonian, serbian, croatian, albanian
lang_african: swahili, kiswahili, yoruba, igbo, hausa, amharic, somali, tigrinya, twi, zulu, xhosa, shona
lang_tagalog: tagalog, filipino language, cebuano, ilocano
lang_welsh_gaelic: welsh, cymraeg, irish gaelic, gaeilge, scottish gaelic
# --- Hobbies and staff groups
hobby_running: run club, running club, parkrun, half marathon, marathon, ultramarathon, trail running, couch to 5k
hobby_cycling: cycling club, cycle club, bike ride, bike rides, road cycling, mountain biking, sportive, cycle to work, commute by bike, bike commute
hobby_outdoors: hiking, hillwalking, hill walking, mountaineering, climbing, bouldering, camping, wild swimming, open water swimming, kayaking, canoeing, sailing, paddleboarding, surfing, skiing, snowboarding
hobby_team_sport: five-a-side, 5-a-side, football team, netball team, cricket team, rugby team, softball, volleyball, basketball, hockey team, sports team, sports and social club
hobby_games: board games, board game, boardgames, chess, chess club, d&d, dungeons and dragons, tabletop games, video games, gaming, esports, pub quiz, quiz night, quiz team, escape room, crosswords
hobby_books: book club, book group, reading group, novels, fiction, creative writing, poetry, writing group
hobby_theatre: amateur dramatics, am dram, amdram, drama group, theatre group, panto, pantomime, improv, stand-up comedy, musical theatre
hobby_music: choir, gig, gigs, open mic, guitarist, pianist, drummer, singer-songwriter, orchestra, brass band, djing
hobby_crafts: knitting, crochet, sewing, quilting, pottery, ceramics class, woodworking, woodwork, carpentry, upcycling, model making
hobby_food: baking, bake off, sourdough, home brewing, homebrew, wine tasting, cocktails, foodie, supper club, cookery
hobby_pets: dog owner, dog owners, dog-friendly, dog walking, puppy, pet-friendly
hobby_gardening: gardening, allotment, allotments, growing vegetables, grow your own, houseplants
hobby_photography: photography, photographer, camera club, photo walks, street photography, film photography, lightroom
staff_networks: staff network, staff networks, employee network, employee networks, women's network, womens network, lgbt+ network, pride network, race equality network, disability network, carers network, parents network, veterans network, armed forces network, faith network, multicultural network, menopause network, neurodiversity network, young professionals network, erg
""";
}
