namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Logistics and supply chain, retail and consumer, hospitality and food, and agriculture concepts.</summary>
internal static class CommerceLexicon
{
    public const string Text = """
# --- Logistics and supply chain
sc_inventory: inventory, inventories, stock levels, stock control, stock management, stocktake, stock take, cycle count, cycle counting, safety stock, reorder point, reorder points, min-max, stock accuracy, inventory accuracy, obsolete stock, slow-moving stock, excess stock, overstock, dead stock, stock turns, inventory turns, days of cover, consignment stock, vmi, vendor managed inventory
sc_planning: demand planning, supply planning, s&op, sales and operations planning, ibp, integrated business planning, mrp run, material planning, materials planning, master planning, planner, planners, supply planner, demand planner, forecast accuracy, bullwhip
sc_sourcing_risk: supply chain risk, supplier risk, single point of failure, supply disruption, supply disruptions, dual source, resilience of supply, nearshoring, reshoring, supplier base, component shortage, component shortages, chip shortage, long lead times, obsolescence, end of life components
sc_import_export: importing, customs, customs clearance, customs declarations, tariffs on imports, incoterms, freight forwarder, freight forwarders, hs codes, commodity codes, rules of origin, aeo, authorised economic operator, letter of credit, shipping containers, container shipping, ocean freight, air freight
sc_transport: transport management, tms, route optimisation, route optimization, route planning, delivery routes, fleet management, telematics, vehicle tracking, tachograph, tachographs, hgv, hgvs, lorry, lorries, truck, trucks, trucking, drivers hours, driver shortage, van fleet, last-mile delivery, proof of delivery, delivery slots, carrier management, load planning, empty miles
sc_warehouse_ops: warehouse operations, distribution centre, distribution center, fulfilment, fulfillment, fulfilment centre, order fulfilment, pick rates, picking accuracy, put-away, putaway, slotting, goods in, goods-in, goods receipt, despatch, cross-dock, cross docking, pallet racking, forklift, forklifts, reach truck, mhe, conveyor, conveyors, sortation, asrs, warehouse automation, agv, agvs
sc_cold_chain: cold chain, temperature-controlled, temperature controlled, chilled, frozen, reefer, refrigerated transport, cold store, cold storage, temperature excursions, temperature logging, data loggers
sc_returns: reverse logistics, returns processing, refurbishment of returns, repair and return, rma
sc_traceability: traceability, track and trace, serialisation, serialization, batch tracking, lot tracking, barcode, barcodes, barcoding, qr code, qr codes, rfid, rfid tags, asset tracking, gs1, scanning barcodes
# --- Retail and consumer
rt_store_ops: store operations, store managers, store manager, store staff, shop floor staff, retail operations, footfall, store layout, visual merchandising, planograms, shrinkage, shoplifting, loss prevention, self-checkout, self-checkouts, checkout queues, click and collect, click-and-collect
rt_ecommerce: ecommerce, e-commerce, online shop, online store, webshop, shopify, magento, cart abandonment, checkout conversion, conversion rate optimisation, marketplace sellers, amazon seller, d2c, dtc, direct to consumer, direct-to-consumer, omnichannel, omni-channel
rt_customer_data: loyalty scheme, loyalty programme, loyalty program, loyalty card, customer data platform, single customer view, customer segments, personalisation, personalization, crm campaigns, clv, customer lifetime value
rt_buying: merchandise planning, range planning, assortment, assortment planning, open to buy, product range, category management, own label, own-label, private label
rt_fmcg: fmcg, cpg, consumer goods, consumer packaged goods, brand manager, brand managers, shopper marketing, route to market, trade marketing, distribution gains, nielsen, kantar, circana, epos data
rt_fashion: fashion, apparel, garments, textiles, footwear, returns rate, seasonal collections
# --- Hospitality and food service
hs_food_service: food service, foodservice, catering, contract catering, menu engineering, menu costing, gross profit on food, food cost, food costs, portion control, food waste, kitchen management, kitchen porter, front of house, back of house
hs_hotel: hotel, hotels, hotel operations, rooms division, occupancy rate, revpar, booking.com, direct bookings, guest experience, concierge, front desk
hs_venues_events: event management, events team, conferences and events, weddings, banqueting, box office, festival, festivals, live events, stadium, stadiums
hs_travel: tourism, tour operator, tour operators, travel agent, destination marketing, airline, airlines, cabin crew, flight operations, airport, airports, ground handling
hs_licensing: premises licence, licensing act, alcohol licence, licensing hearing, late licence, responsible alcohol, door staff
fd_food_safety: haccp, food safety, food hygiene, food hygiene rating, eho, environmental health officer, environmental health, allergen management, natasha's law, ppds, pest control, brcgs, food fraud, shelf life, shelf-life
fd_production: food production, food manufacturing, bakery, bakeries, dairy, meat processing, abattoir, brewing, brewery, breweries, distillery, distilling, winery, bottling, canning, co-packer, co-packers, co-manufacturer, contract manufacturer, food factory
# --- Agriculture
ag_farming: farming, farmer, farmers, agriculture, agricultural, agronomy, agronomist, agronomists, arable, livestock, dairy farm, dairy farmers, cattle, poultry, crops, crop yields, harvest, soil health, fertiliser, fertilizer, pesticides, irrigation, regenerative agriculture, regenerative farming, precision agriculture, agritech, agtech
ag_land: land management, estate land, forestry, woodland, woodlands, tree planting, hedgerows, environmental land management, elms, countryside stewardship, natural capital, peatland
ag_supply: fresh produce, packhouse, packhouses, food supply chain, farm to fork, commodity prices, coffee sourcing, cocoa
""";
}
