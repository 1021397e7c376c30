// Watcher's Azure resources. The State-and-scale work fills this in (Flex Consumption, storage by managed
// identity, Application Insights, Key Vault references, the Azure Bot with its Teams channel).
targetScope = 'resourceGroup'

@description('Short name used to derive resource names.')
@minLength(3)
@maxLength(12)
param name string = 'watcher'

@description('Azure region for every resource.')
param location string = resourceGroup().location

var suffix = uniqueString(resourceGroup().id, name)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: toLower('${name}${suffix}')
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

output storageAccountName string = storage.name
