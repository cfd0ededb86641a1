namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>
/// Field and front-line operations shared by many industries (utilities, telecoms, logistics, retail, aviation, public
/// services), with the plain words people use for them.
/// </summary>
internal static class OperationsLexicon
{
    public const string Text = """
# --- Field service
field_service: field service, field engineer, field engineers, field technician, field technicians, field force, mobile workforce, service engineer, service engineers, service technicians, engineers in vans, call-out, call-outs, callout, callouts, site visits, home visits, customer visits, job scheduling, appointment booking, appointment slots, first-time fix, first time fix, fix rate, repeat visits, truck roll, truck rolls, dispatching engineers, dispatch engineers, job sheets, van stock, field service management
lone_working: lone working, lone worker, lone workers, working alone, panic alarm, panic button, personal safety devices, man down alarm, check-in calls, driving for work, driver safety, safe driving, fatigue management, road risk
shift_handover: shift handover, handover between shifts, handover notes, shift log, shift logs, shift report, end of shift, start of shift, pass down, passdown, shift briefing, toolbox talk, pre-shift meeting, daily huddle
workforce_scheduling: workforce scheduling, staff scheduling, scheduling staff, shift scheduling, rota planning, rota software, rostering software, annualised hours, overtime costs, cover for absence, last-minute cover, shift cover, on-call rota, standby rota, holiday cover
customer_appointments: missed appointments, no-shows, did not attend, dna rate, appointment reminders, text reminders, sms reminders, online booking, self-booking, waiting times, queues at the counter
# --- Logistics in plain words
sc_delivery_plain: late deliveries, missed deliveries, failed deliveries, delivery windows, delivery slots, out for delivery, where is my order, wismo, parcel tracking, delivery drivers, van drivers, route changes, drop density, drops per hour, stops per route, delivery times
sc_stock_plain: run out of stock, ran out of stock, out of stock, stockouts, empty shelves, gaps on shelf, too much stock, stock sitting around, stock write-offs, stock counts, counting stock, miscounts, stock discrepancies, lost stock, missing stock
sc_supplier_plain: suppliers let us down, late suppliers, supplier delays, parts arrive late, parts shortages, waiting for parts, chasing suppliers, chase suppliers, supplier keeps slipping, expedite, expediting, expedited freight
# --- Utilities, energy and telecoms operations
util_networks: water mains, gas mains, pipe network, pipework, pipe bursts, network pressure, pressure management, hydrants, meter reading, meter readings, meter reads, estimated bills, smart meter rollout, network outages, power cuts, power cut, supply interruptions, customer minutes lost, storm response, storm damage, vegetation management, tree cutting near lines
util_regulation: ofwat, ofgem, ofcom, price control, price review, regulated asset base, totex, outcome delivery incentives, performance commitments, guaranteed standards, customer service incentive
tel_field: fibre build, fibre installs, fibre installation, engineer visits, broadband installs, line faults, faults on the line, street cabinets, network build, wayleaves, wayleave, permits to dig, street works permits
tel_ops: network operations centre, network operations center, network monitoring, capacity upgrades, network capacity, dropped calls, coverage maps, signal coverage, not spots, roaming costs, number porting, churn to competitors
# --- Aviation and transport operations
aviation_ops: airline, airlines, airport, airports, aircraft, fleet of aircraft, turnaround times, aircraft turnaround, on-time performance, delays and cancellations, flight delays, crew rostering, crew scheduling, cabin crew, flight crew, ground handling, baggage handling, lost luggage, mro, line maintenance, aog, aircraft on ground, easa, part 145, airworthiness
rail_ops: railway operations, rolling stock, timetable, timetables, signalling, track maintenance, level crossings, train delays, delay attribution, punctuality
bus_ops: bus routes, bus drivers, timetabling, concessionary fares, public transport, ridership
maritime_ops: shipping line, port operations, stevedore, mariners, seafarers, crew change, dry dock, marine fuel
# --- Retail and hospitality floor
store_floor: store colleagues, store teams, shop floor colleagues, self-service tills, queue lengths, footfall, trading hours, opening hours, peak trading, christmas trading, black friday, availability on shelf, replenishment, shelf filling, night fill, click and collect, home delivery orders, online orders picked in store
guest_service: guest complaints, guest reviews, tripadvisor, online reviews, review scores, google reviews, mystery shopper, mystery shopping, service recovery, upselling at the table, table service, waiting staff, front desk staff, room attendants, housekeepers
food_safety_plain: food poisoning, hygiene rating, five-star hygiene, 5-star hygiene, temperature logs, fridge temperatures, fridge checks, cleaning schedules, pest problem, cross-contamination, allergen mistakes, allergen matrix, due diligence records
# --- Public services operations
council_services: bins collection, bin collections, waste collection, refuse collection, street cleaning, potholes, highways maintenance, street lighting, parking enforcement, planning applications, building control, leisure centres, council tax collection, housing repairs, housing benefit, homelessness prevention, temporary accommodation
casework: caseworker, caseworkers, case management, case management system, caseload, caseloads, backlog of cases, case files, triage of cases, referral process, referral forms, eligibility checks
contact_handling: call queues, answer calls, missed calls, call-backs, web chat, live chat, email inbox, shared inbox, customer enquiries, public enquiries, front counter, reception desk
# --- Education operations
edu_ops: school timetable, exam timetable, exam season, exam invigilation, invigilators, absence from school, persistent absence, behaviour policy, detentions, parents evening, parents' evening, school trips, school admissions, transition to secondary
edu_student_support: student wellbeing, student support, pastoral care, personal tutor, academic advisor, student mental health, disability support for students, student retention, dropout rate, drop-out rate, widening access, mentoring students, peer mentoring
edu_assessment: marking load, grading papers, exam boards, feedback on essays, plagiarism, academic integrity, ai in assessment
""";
}
