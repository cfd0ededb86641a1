namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Public sector, education, legal services, media and marketing, and charity concepts.</summary>
internal static class PublicLexicon
{
    public const string Text = """
# --- Public sector and government
gov_policy: policy making, policymaking, policy development, policy advisor, policy adviser, civil service, civil servant, civil servants, whitehall, ministerial, cabinet office, government department, departmental, local government, local authority, local authorities, councillor, councillors, elected members, parliament, parliamentary, select committee, public consultation
gov_foi: freedom of information, foi, fois, foi requests, eir, transparency, open data, publication scheme
gov_services: public services, citizen services, service standard, gov.uk, digital service, digital services, gds, service assessment, assisted digital, digital inclusion, digital exclusion, digitally excluded
gov_funding: public funding, grant funding, government funding, levelling up, shared prosperity fund, spending review, business rates, council tax, treasury green book, value for money, audit office, nao, public accounts
gov_emergency: emergency services, police, policing, police officer, fire and rescue, civil contingencies, local resilience forum, emergency response, blue light, major incident
gov_justice: courts service, prison, prisons, probation, offender, offenders, rehabilitation of offenders, youth justice, magistrates, legal aid
gov_social: social services, social work, social worker, social workers, children's services, adult social care, safeguarding adults, safeguarding children, looked after children, foster care, fostering, adoption, benefits system, universal credit, welfare
gov_defence: defence, defense, ministry of defence, armed forces, military logistics, security clearance, sc clearance, dv clearance
# --- Education
edu_schools: teacher, teachers, teaching assistant, teaching assistants, headteacher, head teacher, principal of a school, classroom, classrooms, pupils, students in school, key stage, gcse, gcses, a-levels, a level, curriculum design, lesson planning, ofsted, senco, special educational needs, ehcp, multi-academy trust, academy trust
edu_higher: university, universities, higher education, lecturer, lecturers, professor, phd, phds, doctorate, postgraduate, undergraduate, undergraduates, student experience, student recruitment, admissions, widening participation, research excellence framework, teaching excellence
edu_further: further education, fe college, vocational, vocational training, btec, nvq, skills bootcamp, adult education, adult learners, esol
edu_learning_design: instructional design, learning design, e-learning, elearning, online learning, lms, learning management system, moodle, microlearning, blended learning, learning content, course design, assessment design, accreditation of training, cpd, continuing professional development
edu_early_years: early years, nursery, nurseries, childcare, child care, preschool, pre-school, childminder, childminders
# --- Legal services
law_firm: law firm, law firms, legal services, paralegal, paralegals, trainee solicitor, associate solicitor, partner at a law firm, general counsel, in-house counsel, in-house legal, legal team, legal ops, legal operations, matter management, legal spend, outside counsel, panel firms, billable hours
law_disputes: dispute resolution, litigation, arbitration, mediation, mediator, adjudication, claimant, defendant, witness statement, expert witness, disclosure, e-disclosure, ediscovery, e-discovery, court proceedings, pre-action
law_contracts_tech: contract management, contract lifecycle management, clm, contract repository, contract database, clause library, contract templates, template contracts, e-signature, docusign, legal tech, legaltech
law_property: conveyancing, land registry, leasehold, freehold, planning law
law_ip: patent, patents, trademark, trade mark, trade marks, trademarks, copyright, intellectual property, ip strategy, licensing deals, open source compliance, patent attorney, trademark attorney
law_competition: competition law, antitrust, cma, merger control, state aid, subsidy control
law_ethics: whistleblowing, whistleblower, freedom to speak up, ethics hotline, code of conduct, anti-bribery, bribery act, fcpa, conflicts of interest, conflict of interest, gifts and hospitality, modern slavery, human rights due diligence
# --- Media, marketing and creative
mk_brand_marketing: marketer, marketing team, marketing strategy, marketing plan, go-to-market, gtm, product marketing, product marketer, value proposition, launch plan, product launch, product launches
mk_content_marketing: content marketing, thought leadership, whitepaper, whitepapers, customer stories, webinar, webinars, podcast, podcasts, podcasting, editorial calendar, content calendar
mk_performance: paid search, paid social, ppc, google ads, meta ads, facebook ads, adwords, cac, customer acquisition cost, roas, marketing attribution, utm, ga4, google analytics, tag manager, conversion tracking, landing pages
mk_seo: seo, search engine optimisation, search engine optimization, organic search, backlinks, search rankings, google rankings
mk_email: email marketing, newsletter, newsletters, mailchimp, email campaigns, open rates, click rates, crm emails, lifecycle marketing, marketing automation, marketo, braze, klaviyo
mk_influencer: influencer, influencers, influencer marketing, creators, creator partnerships, ugc, user-generated content, brand ambassadors, ambassador programme, affiliate marketing, affiliates
mk_media_production: filming, filmed, videographer, video production, video editing, edit video, explainer video, explainer videos, explainer clips, short clips, tiktok videos, animator, motion graphics, voiceover, voice-over, subtitles, camera work, shoot and edit, shoot video
mk_audio: podcast production, audio production, audio editing, sound engineer, sound design, recording studio
mk_publishing: publisher, publishers, journalism, journalist, reporter, reporters, subeditor, newspaper, broadcasting, broadcaster, tv production, documentary, documentaries
mk_advertising: advertising, ad campaign, ad campaigns, creative agency, media agency, media buying, media planning, out of home, billboards, ad tech, adtech, tv advertising
mk_printing: printing press, print shop, print production, printers and print, leaflets printed, print run, print design, brochures, brochure, leaflet design, flyers
# --- Charity and community
ch_fundraising: fundraising, fundraiser, fundraisers, donor, donors, donations, legacy giving, major donors, trusts and foundations, third sector, non-profit, nonprofit, not-for-profit, ngo, ngos, gift aid, sponsored run, sponsored walk, charity challenge, charity partner, corporate partnerships
ch_volunteering: volunteer programme, volunteer coordinator, volunteer scheme, befriending, befriender, community volunteers, volunteer drivers, volunteer interpreters
ch_community: community engagement, community outreach, local community, community groups, community partnerships, residents groups, social value, social impact, csr, corporate social responsibility, community investment
""";
}
