// Watcher's Azure resources, deployed by `azd up` (azure.yaml) or `az deployment group create -f infra/main.bicep`.
// Flex Consumption Function app (.NET 10 isolated) reaching storage, Application Insights and Key Vault with its
// managed identity; no account keys and no secrets in app settings (Key Vault references instead); the Azure Bot
// registration with its Teams channel. docs/operations.md explains each setting.
targetScope = 'resourceGroup'

@description('Short name used to derive resource names (azd passes the environment name).')
@minLength(3)
@maxLength(12)
param name string = 'watcher'

@description('Azure region for every resource but the bot (global).')
param location string = resourceGroup().location

@description('Object id of the developer running azd: gets data access to the tables, queues and secrets (optional).')
param principalId string = ''

@description('Microsoft Entra app (client) id of the bot; empty skips the bot registration.')
param botAppId string = ''

@description('Tenant of the single-tenant bot app.')
param botTenantId string = subscription().tenantId

@description('Bot client secret; stored in Key Vault, read by the app through a Key Vault reference.')
@secure()
param botAppPassword string = ''

@description('SendGrid API key; stored in Key Vault.')
@secure()
param sendGridApiKey string = ''

@description('Sender address for alert e-mail.')
param sendGridFrom string = ''

@description('Teams Workflows ("Post to a channel when a webhook request is received") URL; a secret (it carries sig=), stored in Key Vault.')
@secure()
param teamsWorkflowsUrl string = ''

@description('NCRONTAB (UTC) of the poll timer.')
param pollSchedule string = '0 */5 * * * *'

@description('NCRONTAB of the delivery reconciliation sweep.')
param sweepSchedule string = '30 * * * * *'

@description('NCRONTAB of the retention timer.')
param retentionSchedule string = '0 30 3 * * *'

@description('NCRONTAB schedule of the digest timer (hourly, daily and weekly e-mail digests that are due).')
param digestSchedule string = '15 */5 * * * *'

@description('Days items, stories and finished deliveries are kept.')
@minValue(1)
param retentionDays int = 90

@description('Most Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

var suffix = uniqueString(resourceGroup().id, name)
var tags = { 'azd-env-name': name, app: 'watcher' }
var deploymentContainerName = 'app-package-${take(suffix, 7)}'
var keyVaultName = 'kv-${name}-${take(suffix, 6)}'
var storageAccountName = take(toLower('st${name}${suffix}'), 24)
var appInsightsName = 'appi-${name}'
var functionAppName = '${name}-${take(suffix, 6)}'
var tableNames = [
  'WatcherSources'
  'WatcherItems'
  'WatcherStories'
  'WatcherStoryTimeline'
  'WatcherSubscriptions'
  'WatcherDeliveries'
  'WatcherDeliveryDue'
  'WatcherWebhooks'
]
var queueNames = ['watcher-sources', 'watcher-sources-poison', 'watcher-deliveries', 'watcher-deliveries-poison']
var secretNames = {
  botAppPassword: 'bot-app-password'
  sendGridApiKey: 'sendgrid-api-key'
  teamsWorkflowsUrl: 'teams-workflows-url'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    appInsightsName: appInsightsName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    tableNames: tableNames
    queueNames: queueNames
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    secrets: {
      '${secretNames.botAppPassword}': botAppPassword
      '${secretNames.sendGridApiKey}': sendGridApiKey
      '${secretNames.teamsWorkflowsUrl}': teamsWorkflowsUrl
    }
  }
}

// Key Vault references resolve with the app's identity at run time; a setting is only added when its secret exists.
func kvRef(vaultName string, secretName string) string => '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

var baseSettings = {
  // The Functions host (timers, queue triggers) reaches storage by managed identity: no AzureWebJobsStorage key.
  AzureWebJobsStorage__accountName: storage.outputs.name
  AzureWebJobsStorage__credential: 'managedidentity'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  // Watcher's own tables and queues: same account, same identity (functions/Watcher.Azure/StorageClients.cs).
  Watcher__Storage__AccountName: storage.outputs.name
  Watcher__PollSchedule: pollSchedule
  Watcher__SweepSchedule: sweepSchedule
  Watcher__RetentionSchedule: retentionSchedule
  Watcher__DigestSchedule: digestSchedule
  Watcher__Retention__Days: string(retentionDays)
  Watcher__Telemetry__AzureMonitor: 'true'
  Watcher__Bot__AppId: botAppId
  Watcher__Bot__TenantId: botTenantId
  Watcher__Bot__AppType: 'SingleTenant'
  Watcher__SendGrid__From: sendGridFrom
}
var secretSettings = union(
  empty(botAppPassword) ? {} : { Watcher__Bot__AppPassword: kvRef(keyVaultName, secretNames.botAppPassword) },
  empty(sendGridApiKey) ? {} : { Watcher__SendGrid__ApiKey: kvRef(keyVaultName, secretNames.sendGridApiKey) },
  empty(teamsWorkflowsUrl) ? {} : { Watcher__Teams__WorkflowsUrl: kvRef(keyVaultName, secretNames.teamsWorkflowsUrl) }
)

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    location: location
    tags: tags
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: maximumInstanceCount
    appSettings: union(baseSettings, secretSettings)
  }
  dependsOn: [vault]
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: storageAccountName
    appInsightsName: appInsightsName
    keyVaultName: keyVaultName
    appName: 'func-${functionAppName}'
    appPrincipalId: functionApp.outputs.principalId
    userPrincipalId: principalId
  }
  dependsOn: [vault]
}

module bot 'modules/bot.bicep' = if (!empty(botAppId)) {
  name: 'bot'
  params: {
    name: 'bot-${name}-${take(suffix, 6)}'
    tags: tags
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    endpoint: 'https://${functionApp.outputs.defaultHostName}/api/messages'
  }
}

output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output WATCHER_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output storageAccountName string = storage.outputs.name
