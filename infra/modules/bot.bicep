// The Azure Bot registration (single-tenant Entra app) pointing at the Function app's /api/messages, with Teams on.
@description('Bot resource name (globally unique handle).')
param name string

@description('Tags.')
param tags object = {}

@description('Microsoft Entra application (client) id of the bot.')
param msaAppId string

@description('Tenant of the single-tenant bot app.')
param msaAppTenantId string

@description('Messaging endpoint, e.g. https://<app>.azurewebsites.net/api/messages.')
param endpoint string

@description('Pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: name
    endpoint: endpoint
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
