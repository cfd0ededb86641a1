namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Healthcare, care, pharma and biotech concepts.</summary>
internal static class HealthLexicon
{
    public const string Text = """
# --- Clinical systems and digital health
hc_epr: epr, ehr, emr, electronic patient record, electronic health record, electronic medical record, epic, cerner, oracle health, meditech, systmone, emis, patient record system, clinical system, clinical systems, epr build, order sets, clinical documentation, e-observations, eobs, electronic observations
hc_interop: fhir, hl7, interoperability, integration engine, interface engine, clinical interfaces, nhs number, pds, spine, gp connect, shared care record, data exchange between systems, dicom, pacs, ris
hc_telehealth: telehealth, telemedicine, virtual ward, virtual wards, hospital at home, remote monitoring, remote patient monitoring, video consultation, video consultations, virtual clinic, virtual clinics, home monitoring, monitoring patients at home, wearables at home
hc_clinical_coding: clinical coding, clinical coder, clinical coders, coding of discharges, icd-10, icd10, icd 10, icd-11, opcs, opcs-4, snomed, snomed ct, hrg, hrgs, healthcare resource group, drg, drgs, casemix, case mix, coding audit, depth of coding
hc_income: tariff, tariffs, national tariff, payment by results, pbr, activity income, income from activity, block contract, commissioning, commissioner, commissioners, icb, icbs, ccg, ccgs, sla with commissioners, reference costs, plics, service line reporting, how a stay becomes income
hc_devices_kit: medical equipment, clinical equipment, infusion pump, infusion pumps, syringe driver, syringe drivers, patient monitors, defibrillator, defibrillators, equipment library, medical physics, clinical engineering, ebme, biomedical engineering, equipment tracking, asset tags, asset tagging, real-time location, location tracking, track equipment, lost equipment, equipment goes missing
hc_wow: workstation on wheels, workstations on wheels, computer on wheels, ward laptops, laptop trolleys, medication trolley, drug round trolley, =wows
# --- Clinical areas
hc_emergency: emergency department, ed, a&e, a and e, accident and emergency, emergency medicine, urgent care, ambulance, ambulances, paramedic, paramedics, triage, majors, resus, 4-hour target, four-hour target, handover delays, ambulance handover
hc_critical_care: icu, itu, intensive care, critical care, hdu, high dependency, ventilated, ventilator, ventilators, niv, cpap, ecmo, outreach team, critical care outreach
hc_deterioration: early warning score, news2, news score, deterioration, deteriorating patient, deteriorating patients, escalation of care, sepsis screening, rapid response, medical emergency team, cardiac arrest, crash call, crash calls
hc_surgery_flow: theatre utilisation, theatre efficiency, theatre scheduling, theatre lists, session utilisation, turnaround time between cases, turnaround between cases, list start times, late starts, cancelled operations, on-the-day cancellations, day surgery, day case, day cases, elective recovery, elective, waiting list, waiting lists, rtt, referral to treatment, 18 weeks
hc_robotic: robotic surgery, robot-assisted, robotic-assisted, surgical robot, da vinci, robotic programme, robotic service, minimally invasive, laparoscopic, keyhole surgery
hc_decon: decontamination, sterile services, sterilisation, sterilization, hsdu, cssd, autoclave, autoclaves, instrument tracking, instrument sets, instrument trays, endoscope decontamination, endoscope reprocessing, washer disinfector, washer disinfectors
hc_endoscopy: endoscopy, endoscope, endoscopes, colonoscopy, gastroscopy, bowel screening, jag accreditation
hc_radiology: radiology, radiologist, radiologists, radiographer, radiographers, imaging, mri, ct scan, ct scanner, x-ray, xray, ultrasound, sonographer, scanning lists, scan lists, reporting backlog, radiology reports, mammography, nuclear medicine
hc_pathology: pathology, laboratory, lab, labs, biomedical scientist, phlebotomy, blood tests, blood samples, histology, microbiology, haematology, specimen, specimens, point of care testing, poct
hc_maternity: maternity, midwife, midwives, midwifery, obstetrics, antenatal, postnatal, labour ward, birth centre, neonatal, nicu, newborn, newborns
hc_paediatrics: paediatric, paediatrics, pediatric, pediatrics, children's ward, child health, children and young people, cyp
hc_mental_health: mental health, mental illness, psychiatric, psychiatrist, psychiatrists, psychology, psychologist, cbt, talking therapies, iapt, crisis team, section 136, mental health act, de-escalation, deescalation, violence and aggression, restraint, conflict resolution, challenging behaviour
hc_primary_care: gp, gps, general practice, general practitioner, primary care, gp surgery, gp practice, pcn, primary care network, community pharmacy, community nursing, district nurse, district nurses, community services
hc_elderly: frailty, frail, older people, elderly care, geriatric, geriatrics, care home, care homes, nursing home, falls prevention, fallers, bed rails, hip fracture, delirium, dementia, =falls, inpatient falls, falls on the ward
hc_palliative: palliative, palliative care, end of life, end-of-life, hospice, bereavement, chaplain, chaplaincy, spiritual care, faith, prayer room, multi-faith room, quiet room
hc_rehab: physiotherapy, physiotherapist, physio, physios, occupational therapy, occupational therapist, rehab, rehabilitation, speech and language therapy, allied health professionals, ahp, ahps, moving patients, patient handling, hoist, hoists
hc_nutrition: malnutrition, must score, must screening, nutrition screening, enteral feeding, tube feeding, dietetics, dietitian, dietitians, hydration
hc_pressure: pressure ulcer, pressure ulcers, pressure injury, pressure sores, tissue viability, wound care, wounds, skin integrity
hc_medsafety: medication error, medication errors, drug errors, drug chart, drug charts, epma, electronic prescribing, eprescribing, e-prescribing, controlled drugs, drug round, drug rounds, medicines reconciliation, antimicrobial stewardship, formulary
hc_patient_experience: patient experience, friends and family test, fft, patient feedback, patient comments, patient survey, patient panel, patient voice, patient and public involvement, ppi, lived experience, patient representatives, complaints team
hc_patient_safety: patient safety, patient safety incident, datix, ulysses, serious incident, psirf, never event, never events, duty of candour, harm review, incident reports
hc_clinical_audit: clinical audit, audit cycle, re-audit, quality improvement, qi, qi project, pdsa, model for improvement, run chart, run charts, gettingit right first time, girft
hc_pay: agenda for change, afc, afc bands, afc pay, pay points, incremental credit, banding, band 5, band 6, band 7, pay progression, job evaluation for nurses
hc_staffing: bank staff, bank shifts, staff bank, bank nurses, agency staff, agency nurses, agency spend, locum, locums, locum doctors, temporary staffing, e-rostering, erostering, healthroster, safe staffing, skill mix, establishment review, nurse staffing
hc_nursing_roles: staff nurse, charge nurse, ward manager, ward sister, matron, matrons, nurse specialist, clinical nurse specialist, advanced nurse practitioner, anp, healthcare assistant, healthcare assistants, hca, hcas, nursing associate, student nurses, preceptorship, preceptee, revalidation, nmc pin
hc_medical_roles: junior doctor, junior doctors, resident doctors, registrar, registrars, consultant physician, consultant surgeon, foundation doctors, fy1, fy2, medical education, rotations, medical students, clinical supervisor, educational supervisor
hc_discharge: discharge planning, discharge summary, discharge summaries, ttos, tto, medicines to take out, discharge lounge, delayed transfers of care, medically fit for discharge, mffd, criteria-led discharge, length of stay, patient flow, bed management, site management, bed meeting, bed meetings, bed state
hc_handover: clinical handover, shift handover, nursing handover, handover sheet, handover sheets, sbar, handover app, handover tool, bleep, bleeps, bleep filter, pager, pagers, paging
hc_consent: informed consent, consent form, consent forms, consent process, patient information leaflet, patient information leaflets, patient leaflets, patient information, easy-read leaflets
hc_interpreting: interpreter, interpreters, interpreting service, interpreting services, language line, translated leaflets, translation of patient documents, non-english speakers, non-english-speaking, limited english, bsl, british sign language, sign language
hc_infection: infection prevention and control, ipc, hand hygiene, isolation rooms, side rooms, negative pressure, negative-pressure rooms, ppe, cannula, line infections, clabsi, c diff, mrsa, cpe, norovirus, covid, flu, flu vaccine, flu jab, flu jabs, vaccination, vaccinations, immunisation, immunization, jab, jabs
hc_public_health: public health, population health, health inequalities, screening programme, smoking cessation, stop smoking, obesity, health promotion, social prescribing, health visitors
hc_research: research nurse, research nurses, clinical research, clinical research network, crn, portfolio studies, nihr portfolio, trial recruitment, recruiting patients to trials, research ethics, hra approval, ethics approval, rec approval, site initiation, gcp training, principal investigator
# --- Pharma and biotech
ph_regulatory: regulatory affairs, marketing authorisation, marketing authorization, mhra, ema, fda, nda submission, ectd, regulatory submission, regulatory submissions, dossier, dossiers, label update, pharmacovigilance, adverse events, adverse event reporting, drug safety, signal detection
ph_gmp: gmp, good manufacturing practice, gxp, glp, good distribution practice, qualified person, qp, batch release, batch record, batch records, computer system validation, csv validation, iq oq pq, cleanroom, clean room, clean rooms, aseptic, sterile manufacturing, annex 1, process validation, equipment validation, cleaning validation
ph_biotech: biotech, biologics, cell therapy, gene therapy, cell culture, cell cultures, bioreactor, bioreactors, fermentation, upstream processing, downstream processing, purification, chromatography, monoclonal antibodies, mabs, assay, assays, assay development, elisa, pcr, qpcr, sequencing, genomics, next-generation sequencing, ngs, crispr, proteomics
ph_lab_ops: lab automation, liquid handling, lims, eln, electronic lab notebook, sample management, sample tracking, biobank, freezer, freezers, lab equipment, lab safety, fume cupboard, fume hood, biosafety, containment level
ph_clinical_ops: clinical operations, clinical trial management, ctms, trial master file, tmf, site monitoring, monitoring visits, cra, clinical research associate, edc, electronic data capture, cro management, patient recruitment, investigator sites, trial sites, decentralised trials, decentralized trials
ph_market_access: market access, health economics, heor, cost-effectiveness, qaly, nice appraisal, hta, health technology assessment, pricing and reimbursement, reimbursement, payers, formulary listing, value dossier
ph_medical_affairs: medical affairs, msl, medical science liaison, kol, kols, key opinion leaders, medical information, advisory board, advisory boards
""";
}
