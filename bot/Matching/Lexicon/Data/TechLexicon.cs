namespace ConnectorBot.Matching.Lexicon.Data;

/// <summary>Software, IT, telecoms and digital product concepts.</summary>
internal static class TechLexicon
{
    public const string Text = """
# --- Engineering practice
sw_ci_cd: ci/cd, ci cd, continuous integration, continuous delivery, continuous deployment, build pipeline, build pipelines, deployment pipeline, release pipeline, github actions, gitlab ci, jenkins, azure devops, circleci, flaky builds, slow builds, build times, monorepo, trunk-based, trunk based development, release train, release process, deploy, deploys, deployment, deployments, rollback, rollbacks, canary, canary release, blue-green, feature flag, feature flags, feature toggles
sw_testing: test automation, automated tests, automated testing, unit tests, unit testing, integration tests, end-to-end tests, e2e tests, regression testing, regression tests, flaky tests, test coverage, code coverage, tdd, test-driven, qa engineer, qa engineers, playwright, selenium, cypress, load testing, performance testing, contract testing
sw_code_quality: code review, code reviews, pull request, pull requests, pr reviews, refactor, refactoring, legacy code, tech debt, technical debt, code quality, linting, static analysis, clean code, coding standards, monolith, modernisation, modernization, rewrite the monolith
sw_architecture: architecture, architect, architects, software architecture, solution architect, system design, distributed systems, event-driven, event driven, message queue, message queues, kafka, rabbitmq, event sourcing, domain-driven design, ddd, microservice, microservices, service mesh, api design, api gateway, rest api, graphql, grpc
sw_sre: sre, site reliability, reliability engineering, on-call, on call, oncall, pager duty, pagerduty, alert fatigue, alerting, noisy alerts, slo, slos, sli, slis, error budget, error budgets, uptime, outage, outages, incident commander, incident review, postmortem, post-mortem, blameless postmortem, observability, logging, tracing, distributed tracing, opentelemetry, prometheus, grafana, datadog, new relic, splunk
sw_cloud_cost: cloud cost, cloud costs, cloud spend, cloud bill, aws bill, finops, cost optimisation, cost optimization, reserved instances, savings plans, rightsizing, right-sizing, spot instances, tagging resources
sw_platform: platform engineering, platform team, internal developer platform, developer experience, devex, dx, developer productivity, golden path, golden paths, paved road, backstage, self-service infrastructure
sw_containers: kubernetes, k8s, docker, containers, containerisation, containerization, helm, eks, aks, gke, openshift, service mesh, istio
sw_iac: infrastructure as code, terraform, pulumi, cloudformation, ansible, bicep, configuration management, gitops, argo cd, argocd, flux
sw_database_ops: postgres, postgresql, mysql, sql server, oracle database, mongodb, dynamodb, cassandra, redis, elasticsearch, database migration, database migrations, schema migration, schema migrations, query performance, slow queries, indexing, replication, sharding, dba, database administrator
sw_performance: performance tuning, latency, p99, throughput, load balancing, caching, scalability, scale up, autoscaling, profiling, memory leak, memory leaks, slow pages, page load, page speed, web performance
sw_mobile_release: app store review, app review, testflight, play store, google play, app release, mobile release, app store rejection, app rejected, crash reporting, crashlytics, app crashes
sw_frontend: angular, svelte, next.js, css, html, frontend performance, design tokens, component library, storybook, web accessibility
sw_backend_lang: python, c#, .net, dotnet, golang, node.js, nodejs, rails, php, scala, kotlin, elixir
sw_api_integration: api integration, webhook, webhooks, third-party api, third-party apis, middleware, ipaas, mulesoft, boomi, edi, sftp, file transfer
sw_identity_auth: oauth, oauth2, openid connect, oidc, saml, authentication, authorisation, authorization, login flow, sign-in, sign in, single sign-on, sso, passkeys, session management, jwt
sw_open_source: open source, open-source, oss, maintainer, maintainers, contributing, contributions, licensing of open source, open source licences, open source licenses, gpl, apache licence, mit licence
sw_docs: documentation, technical writing, technical writer, api docs, developer docs, runbook, runbooks, confluence, readme, knowledge sharing
# --- Product and design
prod_management: product manager, product managers, product management, product owner, product strategy, product roadmap, prioritisation, prioritization, feature requests, product discovery, jobs to be done, jtbd, product-market fit, product market fit, pmf
prod_analytics: product analytics, amplitude, mixpanel, pendo, funnel analysis, retention curves, cohort analysis, activation rate, user engagement, dau, mau, event tracking, instrumentation
prod_pricing: pricing page, pricing tiers, freemium, free trial, paywall, usage-based pricing, seat-based pricing, packaging and pricing, monetisation, monetization, willingness to pay
prod_onboarding: user onboarding, product onboarding, onboarding flow, onboarding funnel, first-run experience, time to value, in-app guides, product tours, signup flow, sign-up flow, drop-off, drop off
design_research: user research, usability testing, usability test, user interviews, research participants, research panel, research ops, diary study, card sorting, tree testing, personas, journey map, journey mapping, service blueprint, contextual inquiry
design_systems: design system, design systems, component library, ui kit, design tokens, pattern library, figma library
design_content: ux writing, ux writer, content design, content designer, microcopy, error messages, plain language in the product
# --- Data platforms
dp_streaming: streaming, real-time data, event streaming, kafka, kinesis, flink, stream processing, change data capture, cdc
dp_warehouse: data warehouse, data lakehouse, lakehouse, snowflake, bigquery, redshift, databricks, dbt, data modelling, data modeling, star schema, dimensional model, semantic layer, metrics layer, airflow, orchestration, data pipelines, elt
dp_ml_ops: mlops, model deployment, model serving, model monitoring, model drift, feature store, ml platform, sagemaker, vertex ai, mlflow, training pipeline, model registry
dp_llm: llm, llms, large language model, large language models, generative ai, genai, gpt, chatgpt, rag, retrieval augmented generation, vector database, vector search, embeddings, prompt engineering, fine-tuning, fine tuning, ai assistant, copilot, ai agents, hallucination, hallucinations, evals
# --- Telecoms
tel_network: telecoms, telecom, telecommunications, telco, mobile network, mobile networks, 4g, 5g, lte, radio access network, base station, base stations, cell tower, cell towers, spectrum, backhaul, fibre, fiber, ftth, fibre rollout, broadband, full fibre, openreach, network rollout
tel_voip: voip, sip, telephony, phone system, phone systems, pbx, unified communications, teams calling, call routing, contact centre telephony, sip trunks, number porting
tel_customer: mobile contracts, esim, roaming, tariffs for mobile, handset, handsets, prepaid, postpaid, billing disputes
# --- IT commercial
it_licensing: software licensing, licence management, license management, software asset management, sam, licence audit, license audit, microsoft licensing, oracle licensing, true-up, saas sprawl, shadow it, saas management
it_vendor: it procurement, saas contracts, software contracts, vendor lock-in, vendor selection, product selection, system selection, options appraisal for software, build vs buy, build or buy
it_migration: data migration, system migration, legacy system, legacy systems, decommission, decommissioning, replatform, re-platform, lift and shift, cloud migration, switch over, cutover, go-live
""";
}
