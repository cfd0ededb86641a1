namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>
/// How people describe work problems in plain words, mapped to the concepts the jargon names: "customers paying late"
/// is credit control, "rooms that sit empty" is space utilisation. Concept ids are shared with the other files.
/// </summary>
internal static class PlainWordsLexicon
{
    public const string Text = """
# --- Tracking things and people
asset_tracking: rtls, real-time location, real time location, location tracking, location tags, location tag, asset tags, asset tag, asset tracking, tracking tags, tracker tags, bluetooth tags, bluetooth beacons, beacons, gps tracker, gps trackers, gps tracking, airtags, airtag, rfid tags, track equipment, tracking equipment, keep track of equipment, keep track of kit, find equipment, finding equipment, hunting for equipment, where the kit is, equipment goes missing, kit goes missing, lost kit, locate assets, track pallets, track containers, track tools
asset_tracking: track assets, tracked assets, asset location, asset locations
# --- Money in plain words
fin_cash: get paid faster, paid on time, customers paying late, chasing invoices, chasing payments, chase invoices, late payers, cash coming in, cash going out, money in the bank, run out of cash, runway
budgeting: where the money goes, where the money went, overspend, overspending, overspent, underspend, over budget, under budget, cost overruns
sw_cloud_cost: infrastructure bill, hosting bill, hosting costs, server costs, cloud bill, aws costs, azure costs, compute costs, cloud invoice
fin_revenue: ramp deals, annual prepay, billing schedule
pricing: discounting policy, deal approvals, price list, price book, rate card
# --- People in plain words
engagement: people leaving, staff leaving, stop people leaving, stop people quitting, people quitting, keep people, keep staff, keep new starters, hang on to staff, hold on to people, nobody stays, high turnover
onboarding: first few weeks, first weeks, first week here, settling in, settle in, welcome new staff
recruiting: fill vacancies, fill roles, fill posts, hard-to-fill, hard to fill, hard-to-fill roles, find good people, attract candidates, more applicants, more applications, applying for our roles, job applicants, talent pipeline
dei: women in tech, women-in-tech, women in engineering, under-represented, underrepresented, minority groups, more women, gender diversity, ethnic diversity
career: get promoted, career tracks, ic track, manager track, individual contributor track, dual career ladder
career_promotion_case: 
coaching: someone to talk things through, sounding board, someone who has been there, been there before, done it before, show me the ropes, learn the ropes
# --- Customers in plain words
customer_retention: customers leave, customers leaving, about to churn, at-risk accounts, at risk accounts, account health, health score, health scores, usage drops, stop using the product, cancel their subscription
support_selfservice: answer easy questions, answer common questions automatically, deflect questions, deflects questions, help bot, support bot, answer bot
support_csat: unhappy customers, angry customers, upset customers, customers complain, customers complaining, bad reviews, one-star reviews
# --- Technology in plain words
sw_performance: sluggish, freezes, freezing, laggy, lag, slow to load, takes ages to load, slow page, slow pages, slow screens, long lists, virtualised list, virtualized list, virtual scrolling, render performance
sw_ci_cd: dark launch, release safely, release without fear, deploy on fridays, kill switch, kill switches
wireless: no signal, signal drops, keeps disconnecting, connection drops, patchy wifi, patchy wi-fi
device: batteries die, battery dies, battery life, charging, chargers, charging stations, charging trolleys
it_identity: log in faster, logging in, log-in, login times, remember passwords, too many passwords, tap in, badge in, swipe in
data_nlp: sort comments, sort free text, classify text, tag comments by topic, topic clusters, theme the feedback
data_stats: sanity-check my numbers, sanity check my numbers, check my maths, check my analysis, is this significant, statistically sound, power calculation
sec_vuln: ethical hacker, ethical hackers, break into our systems, hack us, try to hack, security test, security testing, external penetration test
sec_governance: security questionnaires, vendor questionnaires, due diligence questionnaires, trust portal, trust center
sec_threat: mail filtering, spam filter, spam filtering, email gateway, email security, spf, dkim, dmarc, phishing emails, suspicious emails, security awareness
sw_docs: docs-as-code, docs as code, reference docs, api reference, openapi, open api spec, swagger, generated docs
# --- Places and buildings in plain words
fac_space: empty offices, unused offices, spare office, quiet room, meeting room shortage, nowhere to meet, book a room, book rooms, room bookings
fac_building_services: air changes, air flow, airflow, negative pressure, positive pressure, too hot, too cold, freezing office, stuffy, draughty
hc_elderly: patients falling, people falling, trips and falls, slips trips and falls, falls on the ward, falls at night
# --- Communication in plain words
comms_writing: explain in plain english, in plain english, plain english, without jargon, less jargon, make it readable, easier to read, simpler words, non-experts can read
comms_presenting: give a talk, giving a talk, speak at, speaking at, outside speaker, guest speaker, guest speakers, lunch and learn, lunch-and-learn, brown bag, tech talk, tech talks
hc_interpreting: first language is not english, don't speak english, do not speak english, limited english, speak another language, other languages, rare languages, language barrier, language barriers
accessibility: screen reader, screen readers, jaws, voiceover, talkback, blind, visually impaired, low vision, partially sighted, deaf, hard of hearing, captions for deaf, accessibility act, ada compliance
# --- Events and hobbies in plain words
events: hackathon, hackathons, hack day, hack days, game jam, organise an event, organised an event, organize an event, ran an event, run an event, booth, sponsorship of events, conference booth, offsite, away day
hobby_running: runners, runner, running club, run club, running group, go running, lunchtime runs, lunchtime run, jogging, jog
hobby_music: plays bass, play bass, bass guitar, bassist, drums, drummer, jamming, jam session, start a band, form a band, play in a band, rehearsal, rehearsals
hobby_photography: portrait photos, portraits, team photos, profile photos
hobby_food: bake, bakes, cakes for, cake for, brownies, cookies, bake sale
# --- Plain words by business function
hr_policy: payslip wrong, wrong pay, pay errors, holiday requests, holiday booking, leave requests, annual leave requests, time off requests, sickness reporting, calling in sick, contract changes, change of hours, reference requests
hr_flexible: work from home, working from home, wfh, hybrid working, days in the office, office days, fewer hours, shorter week, flexible hours, school hours, term time only
fac_maintenance: broken lift, lift breaks down, leaking roof, leaky roof, roof leaks, broken heating, heating broken, boiler broke, repairs take ages, reporting repairs, fix the building, building falling apart, maintenance requests
ehs_incident: someone got hurt, people getting hurt, got injured, cuts and burns, slips and trips, slip and trip, trips and slips, accidents at work, reportable accidents, near misses reported, close calls
ehs_hazard: dangerous chemicals, noise levels, loud machines, sharp edges, moving parts, machine guarding, guards on machines, trapped fingers, forklift near misses, pedestrian routes, segregation of people and vehicles
qa_complaints: customer sent parts back, customers sent back, parts sent back, returned parts, faulty batch, faulty batches, bad batch, bad batches, faulty products, defective products, product failures in the field, customers reject, rejected deliveries
mfg_quality_tools: parts out of tolerance, out of spec, out-of-spec, off-spec, measuring parts, inspecting parts, checking every part, 100% inspection, inspection at the end of the line, catching defects, defects escape, escapes to the customer
mfg_oee: machines stopping, machines stop, line stops, line stoppages, the line keeps stopping, running slower than it should, lost production, production losses, downtime tracking, why the line stops
mfg_maintenance: machines break down, machine breakdowns, breakdowns on the line, fix machines faster, waiting for maintenance, spare parts on the shelf, critical spares, planned shutdown, maintenance backlog, greasing, lubrication rounds
proc_negotiation: get better prices, better prices from suppliers, cheaper suppliers, supplier prices going up, price rises from suppliers, push back on price increases, compare quotes, getting quotes from suppliers, three quotes
sales_accounts: land bigger customers, win bigger customers, bigger accounts, big accounts, grow accounts, grow existing customers, keep customers buying, repeat business, repeat orders
data_quality: numbers don't add up, figures don't match, figures don't add up, two versions of the truth, different numbers in different reports, which number is right, the data is wrong, messy spreadsheets, manual copy and paste, copy-pasting between systems
bi_reporting: manual reports, weekly report takes hours, monthly report takes days, reporting takes forever, automate reports, automated reporting, one dashboard, live dashboard, see the numbers, numbers at a glance
sustainability: go greener, reduce our footprint, cut emissions, lower emissions, net zero target, carbon target, carbon targets, climate targets, environmental impact, reduce waste, waste less
legal_commercial: read the small print, small print, fine print, check a contract, looking over contracts, contract terms, what we signed, who is liable, penalty clauses
it_endpoint: old laptops, slow laptops, laptop refresh, new laptops, computers are slow, pcs are slow, printer problems, printing problems
""";
}
