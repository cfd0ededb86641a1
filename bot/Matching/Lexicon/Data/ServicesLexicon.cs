namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Professional services, agencies and client work: consulting, audit and law firms, creative and recruitment agencies.</summary>
internal static class ServicesLexicon
{
    public const string Text = """
ps_utilisation: utilisation, utilization, billable hours, billable time, chargeable hours, chargeability, timesheet, timesheets, time tracking, time recording, bench time, resource planning, resource manager, staffing projects, capacity of consultants
ps_client_work: client relationship, client relationships, client service, client services, client delivery, engagement letter, engagement letters, statement of work, scope creep, change requests, out of scope, project fees, fixed fee, fixed-fee, time and materials, day rate, day rates, rate card
ps_consulting: consulting, consultancy, management consulting, advisory practice, big four, mckinsey, bcg, deloitte, pwc, kpmg, accenture, practice lead, partner track, engagement manager
ps_proposals: pitch for work, new business pitch, winning work, win work, credentials deck, creds deck, client pitch, pitching for clients, rfp responses, bid library, past proposals
ps_knowledge: knowledge management, knowledge base, internal wiki, precedents, precedent bank, templates library, reuse of past work, lessons from projects, know-how, knowhow, practice notes
agency_creative: creative agency, design agency, digital agency, pr agency, media agency, account director, account handler, creative director, art director, copywriters, creative brief, briefing agencies, agency roster, agency fees, retainer, retainers
agency_recruitment: recruitment agency, recruitment agencies, agency recruiters, agency fees for hiring, headhunters, executive search, preferred supplier list of agencies, contingent workforce, contractors and temps, temp staff, temporary workers, umbrella companies, ir35
client_onboarding: client onboarding, customer onboarding, new client setup, kyc for clients, account setup, welcome pack, implementation project, implementation team, go-live with customers, professional services team
""";
}
