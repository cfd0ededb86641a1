namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>
/// Job titles mapped to the concepts of the work they do, so a title such as "Financial Controller" or "Deal Desk
/// Manager" gives the same evidence as a sentence describing that work. Concept ids are shared with the other files.
/// </summary>
internal static class RolesLexicon
{
    public const string Text = """
# --- Finance roles
fin_close: financial controller, finance controller, group controller, management accountant, financial accountant, assistant accountant, chief accountant
fin_reporting: financial controller, group financial controller, head of financial reporting, reporting accountant, technical accountant
budgeting: fp&a analyst, fp&a manager, finance business partner, finance partner, business partner finance, commercial finance, commercial finance manager, budget holder, budget holders, cost centre, cost centres, cost center, cost centers
fin_ap_ar: accounts payable clerk, accounts payable team, ap clerk, payables team, credit controller, credit control team, billing analyst, billing team
treasury: treasurer, treasury analyst, treasury manager, cash manager
fin_costing: costing accountant, cost accountant, costing analyst, costing team
tax: tax manager, tax advisor, tax adviser, head of tax, vat specialist
fin_audit_internal: internal auditor, head of internal audit, audit manager, controls manager, sox manager
investment: investment analyst, corporate development, corp dev, m&a analyst
payroll: payroll manager, payroll officer, payroll administrator, payroll team, reward manager, compensation analyst, benefits manager
# --- Commercial roles
pricing: deal desk, pricing analyst, pricing manager, revenue operations, revops, cpq, configure price quote, quote to cash, quote-to-cash, quoting tool, quoting, quotes, discount approval, discount approvals, non-standard terms
sales_enablement: solutions engineer, solutions engineers, sales engineer, sales engineers, pre-sales, presales, solutions consultant, technical sales, enablement manager, sales enablement manager
sales_accounts: account executive, account executives, enterprise account executive, account director, key account manager, customer success manager, customer success managers, csm, relationship manager, client partner, client director
sales_leads: sales development representative, business development representative, sdr team, bdr team, inside sales
sales_channel: partnerships manager, partner manager, channel manager, alliances manager, alliance manager, partnerships lead, head of partnerships
proc_tender: category buyer, category manager, procurement manager, procurement officer, buyer, senior buyer, purchasing manager, sourcing manager, commercial manager, contracts manager, bid manager
mk_brand_marketing: marketing manager, product marketing manager, brand manager, head of marketing, cmo, growth manager, growth marketer
pr_comms: communications manager, comms manager, communications officer, press officer, head of communications, pr manager, communications lead, internal comms manager
events: events manager, event manager, events coordinator, event coordinator, events lead, developer advocate, developer relations, devrel, community manager
# --- People roles
recruiting: recruiter, technical recruiter, talent partner, talent acquisition partner, talent acquisition manager, resourcing manager, resourcing team, recruitment advisor, recruitment adviser, international recruitment, sourcer, sourcers
hr_policy: hr business partner, hrbp, people partner, people business partner, hr advisor, hr adviser, hr manager, employee relations advisor, employee relations adviser, people operations, people ops, head of people, chief people officer
training: l&d manager, learning and development manager, learning partner, training manager, training coordinator, practice educator, clinical educator, education lead, learning designer
hr_reward: reward manager, reward analyst, compensation and benefits, comp and ben, total rewards
dei: diversity and inclusion lead, d&i lead, dei lead, edi lead, inclusion manager, head of inclusion
wellbeing: wellbeing lead, wellbeing manager, health and wellbeing lead, occupational health nurse, occupational health advisor, mental health first aider, mental health first aiders
# --- Operations and technical roles
fac_space: space manager, space planner, workplace manager, office manager, facilities coordinator, office coordinator
fac_maintenance: estates manager, estates officer, estates engineer, facilities manager, facilities engineer, maintenance supervisor, building manager, caretaker, site services manager
logistics: porter, porters, portering, portering service, logistics coordinator, transport manager, fleet manager, dispatcher, despatch supervisor, warehouse manager, warehouse supervisor
ehs_incident: health and safety manager, health and safety advisor, health and safety adviser, safety officer, safety manager, ehs manager, hse manager, hse advisor, she manager, safety advisor, safety adviser
fac_fire: fire safety officer, fire safety manager, fire safety advisor, fire officer
qa_qms: quality manager, quality assurance manager, quality engineer, quality lead, qa manager, qhse manager, compliance manager, document controller
sec_governance: trust and safety, trust manager, grc manager, grc analyst, governance risk and compliance, security compliance manager, information security manager, ciso, head of security, information governance manager, ig manager, data protection officer
sec_threat: security engineer, security analyst, soc analyst, security operations engineer, incident responder, ethical hacker, penetration tester, pen tester, red teamer
sw_sre: site reliability engineer, sre, devops engineer, platform engineer, infrastructure engineer, cloud engineer, production engineer, on-call engineer
data_engineering: data engineer, analytics engineer, bi developer, etl developer, data platform engineer, database administrator
bi_reporting: data analyst, business analyst, product analyst, insight analyst, insights analyst, bi analyst, reporting analyst, information analyst, performance analyst, mi analyst
data_science: data scientist, ml engineer, machine learning engineer, research scientist, applied scientist, ai engineer
sw_docs: technical writer, documentation lead, docs lead, content designer for docs, api documentation
ux: ux designer, product designer, ui designer, service designer, interaction designer, ux researcher, user researcher, design systems lead, design lead, head of design
prod_management: product manager, product owner, product lead, head of product, group product manager, technical product manager
it_support: it support analyst, service desk analyst, desktop support, it technician, it manager, it lead, end user support, field engineer it
pmo_delivery: project manager, programme manager, program manager, delivery manager, pmo manager, pmo analyst, project coordinator, portfolio manager
change_adoption: change manager, business change manager, transformation manager, transformation lead, digital transformation lead, adoption lead
strat_planning: strategy manager, head of strategy, strategy analyst, chief of staff, business planning manager, planning manager
legal_commercial: commercial lawyer, legal counsel, in-house lawyer, senior counsel, general counsel, paralegal, contracts lawyer, legal advisor, legal adviser
support_contact_centre: support manager, customer support lead, contact centre manager, call centre manager, customer service manager, customer experience manager, support agent, support agents, customer support agent
# --- Health roles
hc_interpreting: interpreting services manager, interpreter coordinator, language services
hc_clinical_coding: clinical coder, coding manager, coding auditor
hc_income: income manager, contracting manager, contract income, costing and income, sla manager
hc_patient_flow: patient flow manager, bed manager, site manager hospital, discharge coordinator, discharge team
hc_devices_kit: biomedical engineer, clinical engineer, medical engineering, ebme technician, medical physics technician, equipment library manager
hc_epr: epr analyst, clinical systems analyst, clinical systems manager, chief clinical information officer, ccio, cnio, clinical informatics, informatics nurse, digital nurse
hc_palliative: chaplain, chaplaincy team, spiritual care lead, bereavement officer, bereavement services
hc_research: research nurse, clinical research practitioner, research and development manager, r&d manager, research delivery manager, trial coordinator, clinical trials coordinator
hc_patient_experience: patient experience lead, patient engagement lead, pals manager, complaints manager
hc_infection: ipc nurse, infection control nurse, infection prevention nurse, infection prevention lead
hc_rehab: physiotherapist, occupational therapist, speech and language therapist, moving and handling advisor, moving and handling adviser, manual handling advisor, manual handling adviser
""";
}
