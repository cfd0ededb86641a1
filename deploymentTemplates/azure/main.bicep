// ConnectorBot on Azure: App Service (Linux, .NET 10) + Table Storage + Azure Bot (Teams channel) + Application
// Insights on a Log Analytics workspace, all reached with one user-assigned managed identity: no secrets anywhere.
// Deploy everything in one command: deploymentTemplates/deploy.sh --name <unique-name> --location <region>.

@description('A short unique name (letters, digits, hyphens); used for the web app, the bot and the other resources.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('App Service plan size.')
param planSku string = 'B1'

@description('Azure Bot pricing tier (F0 free, S1 standard).')
@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

@description('How many days Log Analytics keeps the telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Accept only telemetry signed in with Entra ID (the managed identity) in Application Insights. Turn on once the bot\'s exporter authenticates with the identity; until then the connection string alone is used.')
param telemetryEntraOnly bool = false

// Lower-case letters and digits only, 3 to 24 long; the unique suffix keeps it non-empty and globally unique.
var storageName = take('${toLower(replace(name, '-', ''))}${uniqueString(resourceGroup().id, name)}', 24)
// Built-in roles "Storage Table Data Contributor" and "Monitoring Metrics Publisher" (the latter publishes all telemetry).
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Managed identity only: account keys and SAS are switched off.
    allowSharedKeyAccess: false
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: telemetryEntraOnly
  }
}

resource telemetryAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The published bot (deploy.sh zips `dotnet publish`); said outright rather than left to detection.
      appCommandLine: 'dotnet ConnectorBot.dll'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Bot__AppId', value: identity.properties.clientId }
        { name: 'Bot__AppType', value: 'UserAssignedMSI' }
        { name: 'Bot__TenantId', value: tenant().tenantId }
        { name: 'Storage__AccountUrl', value: storage.properties.primaryEndpoints.table }
        { name: 'Storage__ManagedIdentityClientId', value: identity.properties.clientId }
        // The bot exports its OpenTelemetry traces, metrics and logs to Azure Monitor when this is set.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'ConnectorBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

@description('The bot\'s Microsoft App ID: pass it to `teams-package --app-id …` (deploy.sh does).')
output botAppId string = identity.properties.clientId
output webAppName string = app.name
output messagingEndpoint string = bot.properties.endpoint
output tableEndpoint string = storage.properties.primaryEndpoints.table
output applicationInsightsName string = insights.name
output logAnalyticsWorkspaceName string = logs.name
