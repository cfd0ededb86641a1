namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Banking, payments, insurance, investment and fintech concepts.</summary>
internal static class FinanceLexicon
{
    public const string Text = """
bank_fincrime: financial crime, fincrime, anti-money laundering, anti money laundering, aml, money laundering, kyc, know your customer, cdd, customer due diligence, edd, enhanced due diligence, sanctions, sanctions screening, peps, politically exposed, transaction monitoring, suspicious activity report, mlro, terrorist financing, ofac
bank_fraud: fraud, fraudster, fraudsters, fraud detection, fraud prevention, fraud rules, fraud model, account takeover, app fraud, authorised push payment, card fraud, chargeback, chargebacks, synthetic identity, mule accounts, money mules, scammers, friendly fraud
bank_payments_rails: payment rails, faster payments, bacs, chaps, sepa, iso 20022, open banking, psd2, payment initiation, direct debit, direct debits, standing order, card schemes, mastercard, interchange, acquirer, acquiring, payment gateway, payment service provider, psp, adyen, 3ds, strong customer authentication, sca
bank_reconciliation: reconciliation, reconciliations, recons, matching payments, unmatched payments, unreconciled, settlement files, clearing, suspense account, suspense accounts, ledger breaks
bank_lending: lending, loan, loans, mortgage, mortgages, underwriting, underwriter, underwriters, credit risk, credit scoring, credit score, affordability, affordability checks, arrears, loan book, impairment, ifrs 9, expected credit loss, ecl, overdraft, overdrafts, buy now pay later, bnpl
bank_capital: basel, basel iii, capital requirements, rwa, risk-weighted assets, icaap, ilaap, liquidity coverage, lcr, nsfr, stress test, stress testing, capital adequacy, prudential, pra
bank_conduct: consumer duty, conduct risk, treating customers fairly, vulnerable customers, customer vulnerability, fair value assessment, complaints handling, fos, financial ombudsman, mis-selling, remediation, fca, finra, senior managers regime, smcr, model risk
bank_trading: trader, traders, capital markets, equities, fixed income, bonds, derivatives, fx trading, algorithmic trading, market making, front office, middle office, back office, trade booking, trade settlement, risk limits
bank_wealth: wealth management, wealth manager, financial adviser, financial advisor, financial planning for clients, ifa, pensions advice, retirement planning, isa, isas, asset management, asset manager, fund manager, investment management, esg investing
bank_retail: retail banking, current account, current accounts, savings account, savings accounts, onboarding customers, account opening, digital banking, mobile banking, neobank, challenger bank
ins_underwriting: insurance underwriting, pricing actuary, actuary, actuaries, actuarial, rating factors, risk pricing, reinsurance, reinsurer, cat model, catastrophe model, catastrophe modelling, solvency ii, reserving, ibnr, loss ratio, combined ratio
ins_claims: claims handling, claims handler, claims handlers, claims process, claims journey, loss adjuster, loss adjusters, first notification of loss, fnol, subrogation, claims fraud, settlement of claims, total loss
ins_products: insurance, insurer, insurers, policyholder, policyholders, policy wording, policy wordings, brokerage, lloyds, lloyd's, specialty insurance, commercial lines, personal lines, motor insurance, home insurance, life insurance, health insurance, cyber insurance, renewal pricing
fin_regtech: regtech, regulatory reporting, regulatory returns, corep, finrep, mifid, mifid ii, emir, transaction reporting, trade reporting, xbrl
fin_crypto: crypto, cryptocurrency, cryptocurrencies, bitcoin, ethereum, blockchain, stablecoin, stablecoins, defi, web3, tokenisation, tokenization, digital assets
fin_accounting_systems: xero, quickbooks, oracle financials, sap fi, blackline, hyperion, anaplan, adaptive insights, workday financials, chart of accounts
fin_audit_internal: internal audit, internal auditor, internal auditors, audit plan, three lines of defence, three lines of defense, second line, third line, control testing, controls testing, control framework, sox, sarbanes-oxley, sox controls, icfr, risk and control self-assessment, rcsa
fin_pensions: pension scheme, pension schemes, defined benefit, defined contribution, auto-enrolment, auto enrolment, pension trustees, annuity, annuities, actuarial valuation
""";
}
