// Log Analytics workspace and a workspace-based Application Insights: logs, traces and the "Watcher" meter's metrics.
@description('Base name for the resources.')
param name string

@description('Azure region.')
param location string

@description('Application Insights component name.')
param appInsightsName string = 'appi-${name}'

@description('Tags for every resource.')
param tags object = {}

@description('Days Log Analytics keeps data.')
@minValue(30)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry must be sent with a Microsoft Entra token (the app's identity), not just the connection string.
    DisableLocalAuth: true
  }
}

output appInsightsName string = appInsights.name
output connectionString string = appInsights.properties.ConnectionString
