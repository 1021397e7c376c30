// The storage account: Functions host state, the deployment package container, Watcher's tables and queues.
// Shared keys are off: everything, the Functions host included, signs in with a managed identity.
@description('Globally unique account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object = {}

@description('Blob container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Tables Watcher uses (functions/Watcher.Azure/Tables/TableStore.cs, TableNames).')
param tableNames array

@description('Queues Watcher uses, with their poison queues (functions/Watcher.Azure/Queues/WatcherQueues.cs).')
param queueNames array

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }

  resource blobs 'blobServices' = {
    name: 'default'
    resource deployment 'containers' = {
      name: deploymentContainerName
    }
  }

  resource tableService 'tableServices' = {
    name: 'default'
    resource table 'tables' = [for table in tableNames: {
      name: table
    }]
  }

  resource queueService 'queueServices' = {
    name: 'default'
    resource queue 'queues' = [for queue in queueNames: {
      name: queue
    }]
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
