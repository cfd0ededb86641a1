namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Concepts of the business functions every organisation has (HR, finance, procurement, sales, IT, operations, …).</summary>
internal static class FunctionsLexicon
{
    public const string Text = """
# --- HR and people
hr_policy: hr policy, hr policies, people policy, employee handbook, staff handbook, policy handbook, disciplinary, disciplinaries, grievance, grievances, capability process, hr case, hr cases, employment law, tribunal, employment tribunal, settlement agreement
hr_absence: sickness absence, sick leave, absence management, return to work, return-to-work, bradford factor, fit note, fit notes, long-term sickness, off sick, phased return
hr_leave: annual leave, holiday entitlement, parental leave, maternity leave, paternity leave, shared parental leave, adoption leave, sabbatical, career break, unpaid leave, carers leave
hr_flexible: flexible working, flexi-time, flexitime, part-time, part time, job share, job-share, compressed hours, four-day week, 4-day week, term-time contract, annualised hours
hr_reward: total reward, pay review, salary benchmarking, pay benchmarking, pay bands, grading, job evaluation, job grading, salary bands, bonus scheme, incentive scheme, share scheme, stock options, equity grants, rsus, benefits package, salary sacrifice
hr_hris: hris, hr system, hr systems, people system, workday, successfactors, bamboohr, personio, hibob, oracle hcm, people data, employee records
hr_workforce_planning: workforce planning, headcount planning, establishment, vacancy rate, vacancy control, skills mix, capacity planning for staff, strategic workforce plan, org design, organisation design, organizational design, restructure, restructuring, reorganisation, reorg
hr_redundancy: redundancy, redundancies, layoff, layoffs, laid off, rif, reduction in force, consultation process, collective consultation, outplacement
hr_employer_brand: employer brand, employer branding, employee value proposition, evp, careers site, careers page, glassdoor, best place to work
hr_apprentice: apprentice, apprentices, apprenticeship, apprenticeships, apprenticeship levy, trainee scheme, graduate scheme, graduate programme, graduate program, internship, internships, intern, interns, work experience placement, t-level, school leavers, early careers
hr_interviewing: interview, interviews, interviewing, interviewer, interview panel, competency interview, structured interview, assessment centre, assessment center, shortlisting, cv screening, resume screening, job description, job descriptions, job advert, job ad, job ads
hr_visa: visa, visas, sponsorship licence, sponsor licence, skilled worker visa, work permit, work permits, immigration, right to work, relocation, relocate, relocating, moved countries, global mobility
# --- Finance and accounting
fin_close: month-end close, month end close, year-end close, financial close, closing the books, close process, accruals, accrual, prepayments, journals, journal entries, intercompany, consolidation, consolidations
fin_reporting: financial statements, annual report, annual accounts, statutory accounts, management accounts, ifrs, gaap, us gaap, frs 102, balance sheet, income statement, cash flow statement, 10-k, financial reporting
fin_audit_external: external audit, external auditors, statutory audit, audit committee, big four, audit findings, management letter, audit opinion
fin_costing: costing, cost accounting, standard cost, standard costs, unit cost, unit costs, cost per unit, cost to serve, activity-based costing, abc costing, overhead allocation, overheads, cost model, cost models, product costing, service line costing, patient-level costing, cost allocation, cost allocation model, allocation model, recharging, recharge model, showback, chargeback model
fin_business_case: business case, business cases, investment case, capital case, capex, capital expenditure, capital programme, capital plan, npv, net present value, irr, internal rate of return, payback, payback period, roi, return on investment, cost-benefit, cost benefit analysis, investment appraisal, appraisals for capital
fin_cash: cash flow, cashflow, working capital, cash forecast, cash forecasting, debtor days, creditor days, dso, credit control, collections, debt collection, aged debt, overdue invoices, late payment, late payments
fin_ap_ar: accounts payable, purchase ledger, sales ledger, invoice processing, invoice matching, three-way match, 3-way match, supplier payments, payment run, payment runs, expense claims, expenses, expense policy, corporate card, purchase card, p-card
fin_revenue: revenue recognition, asc 606, ifrs 15, deferred revenue, billing, billing system, subscription billing, recurring revenue, arr, mrr, annual recurring revenue, monthly recurring revenue, bookings
fin_funding: fundraise, fundraising round, raise money, raising money, seed round, series a, series b, term sheet, cap table, investors, investor relations, ipo, listing, pitch deck
fin_grants_income: grant income, funding bid, funding bids, funding application, funding applications, funding body, funder, funders, bid writing, bid writer
# --- Procurement and purchasing
proc_tender: tender, tenders, tendering, invitation to tender, itt, rfp, rfps, request for proposal, rfq, request for quotation, rfi, request for information, bid, bids, bidding, competitive tender, framework agreement, frameworks, procurement framework, mini-competition, call-off, public procurement, procurement regulations, procurement act, ojeu, find a tender, contracts finder, evaluation criteria, scoring matrix, most economically advantageous
proc_supplier_mgmt: supplier management, supplier relationship, supplier relationship management, srm, vendor management, supplier performance, supplier scorecard, supplier scorecards, supplier review, supplier reviews, key suppliers, strategic suppliers, supplier onboarding, supplier qualification, approved supplier list, preferred supplier, preferred suppliers, sole supplier, single source, dual sourcing, second source
proc_spend: spend analysis, spend analytics, spend cube, category strategy, category manager, cost savings programme, savings target, maverick spend, tail spend, purchase to pay, procure to pay, p2p, e-procurement, catalogue buying, coupa, ariba, jaggaer
proc_negotiation: supplier negotiation, price negotiation, renegotiate, renegotiated, renegotiation, contract renewal, contract renewals, commercial terms, negotiating with suppliers, haggle, haggling
# --- Sales and account management
sales_pipeline: sales pipeline, deal pipeline, pipeline review, forecast call, deal flow, win rate, conversion rate, sales cycle, closing deals, close deals, closed deals, closed-won, qualified leads, lead qualification, meddic, meddpicc, spin selling, discovery call, discovery calls
sales_enablement: sales enablement, battlecard, battlecards, sales playbook, sales deck, pitching, demo, demos, product demo, sales training, objection handling, objections
sales_leads: lead generation, lead gen, leads, prospect, prospects, prospecting, outbound, cold email, cold outreach, sdr, sdrs, bdr, bdrs, sales development, appointment setting
sales_accounts: key account management, strategic accounts, enterprise accounts, account plan, account plans, upsell, upselling, cross-sell, cross-selling, expansion revenue, renewals, renewal, customer success, customer success manager, csm, churn, churned, net revenue retention, nrr, qbr, qbrs, quarterly business review
sales_channel: channel partner, channel partners, reseller, resellers, distributor, distributors, partner programme, partner program, wholesale, wholesaler, wholesalers, dealer, dealers, dealer network, marketplace
sales_comp: commission, commissions, sales compensation, sales comp, quota setting, territory planning, territories, sales territory, incentive plan, accelerators, spiff
sales_rfp_response: bid manager, bid management, bid team, proposal writing, proposal writer, writing proposals, respond to rfps, tender responses, tender response, winning tenders, win tenders, won the tender, won a tender
# --- Customer support
support_tickets: support ticket, support tickets, it tickets, helpdesk tickets, ticket queue, support queue, backlog of tickets, first response time, resolution time, first contact resolution, sla breach, triage tickets, tier 1, tier 2, l1, l2, l3 support, zendesk, freshdesk, servicenow, jira service management, =ticketing
support_csat: csat, customer satisfaction, nps, net promoter, net promoter score, ces, customer effort, complaint, complaints, complaint handling, complaints process, unhappy customers, angry customers, customer complaints, detractors, feedback scores
support_selfservice: self-service, self service, knowledge base, help centre, help center, faq, faqs, help articles, deflection, chatbot, virtual agent, ivr, phone menu
support_contact_centre: contact centre, contact center, call centre, call center, call volumes, average handle time, aht, workforce management, wfm, queue times, wait times, abandoned calls, call recording, quality monitoring
# --- IT and security
it_identity: single sign-on, single sign on, sso, tap and go, badge tap, badge-tap, smartcard login, smart card, identity management, identity and access management, access management, active directory, azure ad, entra, okta, password reset, passwords, password, mfa, multi-factor, two-factor, 2fa, privileged access, joiners movers leavers, access reviews, user provisioning
it_endpoint: endpoint, endpoints, laptop fleet, desktop, desktops, pc, pcs, workstation, workstations, thin client, thin clients, virtual desktop, vdi, citrix, device fleet, imaging laptops, patching, patch management, windows 11, windows upgrade, end user computing, euc
it_service_mgmt: itil, itsm, service management, change management board, change advisory board, cab, incident management, problem management, major incident, service catalogue, cmdb, servicenow
it_infrastructure: server estate, servers and storage, data centre, data center, server room, san, backup, backups, virtualisation, virtualization, vmware, hyper-v, on-prem, on-premise, on-premises, colocation, infrastructure
it_network_ops: network engineer, network engineering, switches, cisco, meraki, aruba, firewall rules, dns, dhcp, ip addresses, network outage, network monitoring, latency, packet loss, sd-wan, mpls
sec_threat: security breach, cyber breach, threat intelligence, threat hunting, soc analyst, security operations centre, security operations center, siem, edr, xdr, endpoint detection, malware, ransomware, phishing, phishing simulation, social engineering, security awareness, security training, cyber attack, cyber-attack, cyberattack, hacker, hackers, intrusion
sec_vuln: vulnerability management, vulnerability scanning, vulnerability scan, cve, cves, patching, penetration testing, pen testing, pentest, pen test, red team, red teaming, bug bounty, appsec, application security, secure coding, owasp, sast, dast, dependency scanning, supply chain security, sbom
sec_governance: iso 27001, soc 2, soc2, nist, nist csf, cis controls, cyber essentials, cyber essentials plus, dspt, data security and protection toolkit, security policy, security policies, information governance, isms, risk acceptance, security questionnaire, security questionnaires, vendor security, third-party risk, third party risk, tprm
sec_crypto: encryption, encrypt, encrypted, key management, kms, hsm, tls, ssl, pki, secrets management
# --- Data and analytics
data_quality: data quality, dirty data, messy data, data cleansing, data cleaning, clean the data, deduplication, duplicates, duplicate records, master data, mdm, data governance, data steward, data stewardship, data catalogue, data catalog, data lineage, single source of truth, golden record
data_stats: statistics, statistical, statistician, stats, significance, statistically significant, p-value, p-values, confidence interval, confidence intervals, sample size, power calculation, regression analysis, hypothesis test, hypothesis testing, bayesian, survival analysis, multivariate, biostatistics, biostatistician, epidemiology, epidemiologist
data_experiment: a/b test, a/b tests, a/b testing, ab test, split test, split testing, experimentation, experiment design, controlled experiment, feature flag experiment, uplift, holdout group, control group
data_nlp: nlp, natural language processing, text analytics, text mining, text classification, topic modelling, topic modeling, sentiment analysis, free-text, free text, free-text comments, unstructured text, classify documents, entity extraction, named entity, language model, embeddings
data_vision: computer vision, image recognition, image classification, object detection, vision system, vision systems, machine vision, camera inspection, optical inspection, image analysis, ocr, optical character recognition
data_forecast_model: time series, time-series, forecasting model, demand model, predictive analytics, churn model, propensity model, propensity, scoring model, risk score, risk scores, early warning score, early-warning
data_self_serve: self-serve analytics, self-service reporting, ad hoc queries, sql queries, write sql, data literacy, data skills, excel skills, pivot tables
data_geo: gis, geospatial, mapping data, maps, arcgis, qgis, postcode data, location data, spatial analysis, heat map, heatmap
# --- Operations and continuous improvement
ops_process_mapping: process mapping, process map, process maps, swimlane, swim lane, current state, future state, as-is, to-be, process redesign, workflow redesign, value stream map, sipoc, bpmn
ops_capacity: capacity planning, capacity, demand and capacity, throughput, bottleneck, bottlenecks, queueing, queue, queues, waiting list, waiting lists, backlog, backlogs, utilisation, utilization, scheduling, scheduler
ops_kpi: kpi, kpis, key performance indicators, service levels, operational metrics, performance dashboard, scorecard, balanced scorecard, targets, run-rate
ops_outsourcing: outsourcing, outsource, outsourced, offshoring, offshore team, nearshore, shared service, shared services, bpo, managed service, managed services, insourcing, bring in-house, in-house
ops_business_continuity: business continuity, continuity plan, bcp, disaster recovery, dr test, resilience, major incident plan, emergency planning, emergency preparedness, contingency plan, contingency planning, tabletop exercise, tabletop exercises, war game
# --- Facilities and workplace
fac_space: space planning, space utilisation, space utilization, room booking, room bookings, meeting rooms, desk booking, hot desking, hot-desking, occupancy, occupancy sensors, office move, office moves, workplace strategy, floor plan, floor plans, unused space
fac_maintenance: planned preventive maintenance, ppm, reactive maintenance, reactive repairs, work orders, work order, job tickets, estates, estates team, estates and facilities, fm contract, hard fm, soft fm, building maintenance, helpdesk for estates, caretaker, caretaking
fac_building_services: hvac, air handling, air handling unit, air handling units, ahu, ahus, chiller, chillers, boiler, boilers, bms, building management system, air changes, air conditioning, heating system, plant room, plant rooms, legionella, water hygiene, water safety, building ventilation, ventilation system, ventilation systems, ventilation plant, mechanical ventilation and heat recovery, mvhr
fac_fire: fire safety, fire risk assessment, fire risk assessments, fire alarm, fire alarms, fire door, fire doors, fire drill, fire drills, evacuation, evacuations, fire warden, fire wardens, fire marshal, fire marshals, sprinklers, compartmentation, fire strategy, firefighter, firefighters, fire service, fire brigade
fac_security: security guard, security guards, access control, cctv, door access, swipe cards, lockdown, site security, physical security, visitor management
fac_catering: catering, canteen, staff restaurant, cafe, café, vending, vending machines, food service, food services, kitchen staff
fac_cleaning: housekeeping, domestic services, janitorial, cleaning contract, cleaning schedules, =cleaning, =cleaners, cleaning staff
fac_travel: business travel, travel policy, travel booking, expenses for travel, car fleet, company cars, pool cars, parking, car park, car parking, parking permits, lift share, lift-share, car share, car sharing, carpool, carpooling, commute, commuting, cycle to work, bike scheme, travel plan, shuttle bus
# --- EHS
ehs_incident: incident reporting, incident investigation, accident investigation, near miss, near misses, near-miss, riddor, lost time injury, lti, ltifr, trifr, recordable, recordables, first aid, first aider, first aiders, accident book, injury, injuries, safety incident, safety incidents, serious incident
ehs_hazard: hazard, hazards, hazard identification, risk assessment, risk assessments, coshh, hazardous substances, chemical safety, msds, sds, safety data sheet, dsear, atex, confined space, confined spaces, permit to work, ptw, lockout, tagout, loto, isolation procedure, working at height, work at height, hot work
ehs_ergonomics: ergonomics, ergonomic, manual handling, moving and handling, musculoskeletal, msk, back injuries, posture, dse, display screen equipment, workstation assessment, repetitive strain, rsi
ehs_behaviour: safety culture, behavioural safety, behavioral safety, safety conversations, safety walk, safety walks, stop the job, safety leadership, human factors, human error, crew resource management, crm training, just culture, psychological safety
ehs_environment: environmental permit, environmental permits, iso 14001, effluent, discharge consent, trade effluent, emissions to air, spill, spills, spill kit, bunding, environmental incident, contaminated land, noise complaints
ehs_occ_health: occupational health, oh service, health surveillance, hearing protection, noise at work, audiometry, lung function, vibration white finger, hand-arm vibration, hav, fit testing, face fit, respirator, respirators
# --- Quality and compliance
qa_qms: quality management system, qms, iso 9001, document control, controlled documents, sops, sop, standard operating procedure, standard operating procedures, work instructions, quality manual
qa_audit: internal audit, internal audits, audit programme, audit program, lead auditor, certification audit, surveillance audit, accreditation, accredited, accreditation visit, accreditation body, inspection visit, inspector, inspectors, regulator inspection, mock inspection, mock inspections, inspection readiness, ukas, jag, cqc, ofsted
qa_capa: capa, corrective action, corrective actions, preventive action, preventive actions, root cause, root cause analysis, rca, 5 whys, five whys, fishbone, ishikawa, 8d, a3, problem solving, lessons learned, lessons learnt, post-incident review, post incident review, post-mortem, postmortem, blameless
qa_spc: spc, statistical process control, control chart, control charts, cpk, process capability, measurement system analysis, msa, gauge r&r, sampling plan, aql
qa_complaints: customer complaint, customer complaints, complaint investigation, warranty claims, warranty, returns analysis, field failures, field failure
# --- R&D and innovation
rnd_innovation: pilot scheme, pilot schemes, innovation, innovate, r&d, research and development, ideation, hackathon, hackathons, innovation lab, skunkworks, idea pipeline, proof of concept, poc, pilot project, prototype, prototyping, mvp, minimum viable product
rnd_funding: innovate uk, horizon europe, research grant, research grants, grant application, grant applications, nihr, ukri, nsf, nih grant, co-apply, co-applicant, principal investigator, research council
rnd_publication: research paper, research papers, academic paper, journal article, journal articles, peer review, peer-reviewed, manuscript, poster presentation, systematic review, literature review, meta-analysis, =publication, =publications
# --- Communications
comms_internal: internal comms, internal communications, staff newsletter, intranet, all-staff email, all-staff emails, town hall, town halls, staff briefing, cascade, team brief, yammer, viva engage, employee comms
comms_writing: plain english, plain language, readability, reading age, jargon-free, easy read, easy-read, simplify, simplified, rewrite, rewriting, copy editing, tone of voice, style guide, house style, clear writing
comms_presenting: presentation skills, presenting, presenter, public speaking, keynote, slide deck, slides, powerpoint, pitch deck, storytelling, speaking to the board, board presentation, board paper, board papers
comms_campaign: campaign, campaigns, awareness campaign, behaviour change campaign, poster campaign, marketing campaign, launch campaign, recruitment campaign, vaccination campaign, comms plan
comms_media: media coverage, press coverage, media interview, media interviews, journalist, journalists, press office, press officer, press enquiries, newspaper, newspapers, local paper, radio interview, tv interview, on camera, broadcast, news story
# --- Legal
legal_commercial: commercial contracts, contract law, contract review, reviewing contracts, contract drafting, drafting contracts, terms of business, master services agreement, data processing agreement, dpa, licence agreement, license agreement, liability cap, indemnity, indemnities, limitation of liability
legal_employment: employment law, employment lawyer, employment contracts, tupe, settlement agreements, non-compete, restrictive covenants
legal_corporate: company secretary, cosec, corporate governance, board governance, board minutes, articles of association, shareholder agreement, subsidiaries, entity management, statutory registers
legal_regulatory_change: regulatory change, new regulation, upcoming regulation, horizon scanning, consultation response, regulatory submission, regulatory filings, filing, filings
# --- Strategy, PMO and change
pmo_delivery: programme management, program management, project manager, project managers, programme manager, pmo, project management office, prince2, msp, pmp, apm, gantt, gantt chart, raid log, risk log, milestone, milestones, critical path, project plan, project plans, delivery plan, stage gate, stage-gate, governance board, steering group, steering committee, portfolio management
pmo_agile: agile, scrum, kanban, sprint, sprints, scrum master, product owner, backlog grooming, backlog refinement, stand-up meeting, daily stand-up, retro, retros, safe framework, scaled agile, jira board
change_adoption: change management, change manager, adoption, user adoption, rollout, roll-out, roll out, go-live, go live, cutover, transition, business change, benefits realisation, benefits realization, change fatigue, resistance to change, champions network, super user, super users, superuser, superusers, early adopters
strat_planning: strategy, strategic plan, strategic planning, five-year plan, 5-year plan, operating plan, annual plan, annual planning, business plan, business planning, roadmap, roadmaps, vision and strategy, okrs, north star, target setting
strat_market: market analysis, competitor analysis, competitive analysis, competitive landscape, market sizing, tam, swot, porter, benchmarking, benchmark, benchmarks, market intelligence
strat_mna: merger, mergers, acquisition, acquisitions, m&a, post-merger integration, integration programme, due diligence, carve-out, divestment, divestiture, joint venture
""";
}
