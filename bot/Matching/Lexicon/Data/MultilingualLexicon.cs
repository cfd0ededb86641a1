namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>
/// Common workplace words in the other languages colleagues write in (Spanish, Portuguese, French, German, Italian,
/// Dutch, Polish), folded to plain letters, mapped onto the existing general concepts so an offer written in one
/// language meets an ask written in another. Single words are "=exact": the English stemmer would fold foreign words
/// onto unrelated English ones ("evenements" onto "evening", "ventes" onto "vent"), so each form is listed instead.
/// </summary>
internal static class MultilingualLexicon
{
    public const string Text = """
sales: =ventas, =vendedor, =vendedores, =vendas, =ventes, =vendeur, =vertrieb, =verkauf, =vendite, =verkoop, =sprzedaz
payments: =pagos, =pago, =pagamentos, =pagamento, =paiements, =paiement, =zahlungen, =zahlung, =pagamenti, =betalingen, =platnosci, =facturacion, =faturamento, =facturation, =rechnungen, =fatturazione, =cobros, =cobrancas
accounting: =contabilidad, =contable, =contabilidade, =contador, =comptabilite, =comptable, =buchhaltung, =buchhalter, =contabilita, =boekhouding, =ksiegowosc, cierre contable, fechamento contabil
tax: =impuestos, =impuesto, =impostos, =imposto, =impots, =steuern, =steuer, =tasse, =belasting, =podatki
budgeting: =presupuesto, =presupuestos, =orcamento, =orcamentos, =kostenstelle, =costes, =custos, =couts
payroll: =nomina, =nominas, folha de pagamento, =gehaltsabrechnung, =lohnabrechnung, buste paga, =salarisadministratie, =wynagrodzenia
recruiting: =reclutamiento, seleccion de personal, =recrutamento, =recrutement, =personalbeschaffung, =reclutamento, =werving, =rekrutacja, contratar personal
training: =formacion, =capacitacion, =formacao, =capacitacao, =schulung, =schulungen, =weiterbildung, =formazione, =opleiding, =szkolenia, =szkolenie
coaching: =mentoria, =mentorat, =tutoria
leadership: =liderazgo, =lideranca, =fuhrung, =fuhrungskraft, =leiderschap, =przywodztwo
wellbeing: =bienestar, bem-estar, bien-etre, =wohlbefinden, =benessere, salud mental, saude mental, sante mentale, psychische gesundheit, salute mentale
health_safety: seguridad laboral, prevencion de riesgos, seguranca do trabalho, sante et securite, securite au travail, =arbeitsschutz, =arbeitssicherheit, sicurezza sul lavoro, =bhp
shift_work: =turnos, turno de noche, turno da noite, travail de nuit, =schichtarbeit, =schichten, =nachtschicht, =turni, =ploegendienst
logistics: =logistica, =logistique, =logistik, =logistiek, =logistyka, =transporte, =transportes, =spedition
warehousing: =almacen, =almacenes, =armazem, =entrepot, =entrepots, =lagerhaus, =magazzino, =magazijn, =magazyn
supply_chain: cadena de suministro, cadeia de suprimentos, chaine d'approvisionnement, =lieferkette, catena di fornitura, =toeleveringsketen, lancuch dostaw
procurement: =compras, =adquisiciones, =achats, =einkauf, =beschaffung, =acquisti, =inkoop, =zakupy, =licitacion, =licitacao, appel d'offres, =ausschreibung, gara d'appalto, =przetarg
proc_supplier_mgmt: =proveedores, =proveedor, =fornecedores, =fornecedor, =fournisseurs, =fournisseur, =lieferanten, =lieferant, =fornitori, =fornitore, =leveranciers, =dostawcy
quality: =calidad, control de calidad, =qualidade, controle de qualidade, =qualite, controle qualite, =qualitat, =qualitatskontrolle, =qualita, controllo qualita, =kwaliteit, =jakosc
maintenance: =mantenimiento, =manutencao, =wartung, =instandhaltung, =manutenzione, =onderhoud, =konserwacja, utrzymanie ruchu
customer_service: atencion al cliente, servicio al cliente, atendimento ao cliente, service client, service clients, =kundenservice, =kundendienst, servizio clienti, assistenza clienti, =klantenservice, obsluga klienta
social_media: redes sociales, redes sociais, reseaux sociaux, soziale medien, social network, media spolecznosciowe
translation: =traduccion, =traducciones, =traductor, =traductora, =interprete, =interpretes, =traducao, =tradutor, =traduction, =traducteur, =ubersetzung, =ubersetzer, =dolmetscher, =traduzione, =traduttore, =vertaling, =vertaler, =tolk, =tlumaczenie, =tlumacz
contracts: =contrato, =contratos, =contrat, =contrats, =vertrag, =vertrage, =contratto, =contratti, =contract, =umowa, =umowy
regulatory: cumplimiento normativo, =normativa, =conformidade, =conformite, =reglementation, =regulierung, normativa vigente, =regelgeving
assurance_audit: =auditoria, =auditorias, auditor externo, commissaire aux comptes, =wirtschaftsprufung, revisione contabile, =revisione
cybersecurity: =ciberseguridad, =ciberseguranca, =cybersecurite, =cybersicherheit, it-sicherheit, sicurezza informatica, =cyberbeveiliging, =cyberbezpieczenstwo
data_science: ciencia de datos, aprendizaje automatico, inteligencia artificial, ciencia de dados, aprendizado de maquina, science des donnees, apprentissage automatique, intelligence artificielle, =datenwissenschaft, maschinelles lernen, kunstliche intelligenz, intelligenza artificiale, apprendimento automatico, kunstmatige intelligentie, sztuczna inteligencja
data_engineering: base de datos, bases de datos, banco de dados, base de donnees, =datenbank, =datenbanken, banca dati, =database
software: =programador, =programadores, =desarrollador, =desarrolladores, desarrollo de software, =desenvolvedor, desenvolvimento de software, =developpeur, =developpeurs, developpement logiciel, =logiciel, =entwickler, =softwareentwicklung, =sviluppatore, sviluppo software, =ontwikkelaar, =programista
cloud: la nube, en la nube, na nuvem, =nuvem, dans le cloud, informatique en nuage
ux: experiencia de usuario, experiencia do usuario, experience utilisateur, =benutzererfahrung, =nutzererfahrung, esperienza utente, =gebruikerservaring
accessibility: =accesibilidad, =acessibilidade, =accessibilite, =barrierefreiheit, =barrierefrei, =accessibilita, =toegankelijkheid, =dostepnosc
project_management: gestion de proyectos, jefe de proyecto, gestao de projetos, gerente de projetos, gestion de projet, chef de projet, =projektmanagement, =projektleiter, gestione progetti, project manager, =projectleider, zarzadzanie projektami, kierownik projektu
sustainability: =sostenibilidad, =sustentabilidade, =sostenibilita, =nachhaltigkeit, =duurzaamheid, zrownowazony rozwoj, developpement durable
energy: =energia, energias renovables, energias renovaveis, =energie, energies renouvelables, erneuerbare energien, energia rinnovabile, energie besparing
waste_recycling: =reciclaje, =residuos, =reciclagem, residuos solidos, =recyclage, =dechets, =abfall, =abfalle, =riciclaggio, =rifiuti, =afval, =recykling, =odpady
packaging: =embalaje, =empaque, =embalagem, =emballage, =emballages, =verpackung, =verpackungen, =imballaggio, =imballaggi, =verpakking, =opakowania
pricing: =precios, fijacion de precios, =precificacao, =tarification, =preisgestaltung, =prezzi, =prijsstelling, =ceny
forecasting: =previsiones, prevision de demanda, previsao de demanda, =previsions, =prevision, =prognose, =prognosen, =previsioni
events: =eventos, =evento, =evenements, =evenement, =veranstaltungen, =veranstaltung, =eventi, =evenementen, =wydarzenia, =konferencja
onboarding: =incorporacion, integracion de nuevos empleados, integracao de novos funcionarios, accueil des nouveaux, =einarbeitung, =inserimento
""";
}
