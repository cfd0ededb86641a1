// ConnectorBot on Azure: App Service (Linux, .NET 10) + Table Storage + Azure Bot (Teams channel),
// all reached with one user-assigned managed identity: no secrets anywhere.
// Deploy: az deployment group create -g <rg> -f deploymentTemplates/azure/main.bicep -p name=<unique-name>

@description('A short unique name; used for the web app, storage account and bot.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('App Service plan size.')
param planSku string = 'B1'

@description('Azure Bot pricing tier (F0 free, S1 standard).')
@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

var storageName = toLower(take(replace('${name}store', '-', ''), 24))
// Built-in role "Storage Table Data Contributor".
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
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

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
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

@description('The bot\'s Microsoft App ID: pass it to `dotnet run --project bot -- teams-package --app-id …`.')
output botAppId string = identity.properties.clientId
output messagingEndpoint string = bot.properties.endpoint
output tableEndpoint string = storage.properties.primaryEndpoints.table
