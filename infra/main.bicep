// WorkingGroupBot in one resource group: the app on App Service for Linux (.NET 10, two or more instances), its
// tables in a Storage account reached with a managed identity (no shared keys), the Azure Bot with the Teams channel,
// and Application Insights on a Log Analytics workspace. scripts/deploy.sh deploys it; docs/deploy.md explains it.

@description('A short name for this deployment, e.g. the municipality: "cesis". Lower-case letters and digits.')
@minLength(3)
@maxLength(12)
param name string

@description('Azure region of every resource but the bot (which is global).')
param location string = resourceGroup().location

@description('What people see as the bot\'s name in Teams.')
param botDisplayName string = 'WorkingGroupBot'

@description('How many instances of the app run at once (they share the tables).')
@minValue(2)
@maxValue(10)
param instanceCount int = 2

@description('App Service plan size: P0v3 is the smallest that runs several instances with zone-independent scaling.')
@allowed([
  'P0v3'
  'P1v3'
  'P2v3'
])
param planSku string = 'P0v3'

@description('Leave empty to run the zip-deployed .NET app; or a container image (e.g. myregistry.azurecr.io/wgb:1) built from the Dockerfile.')
param containerImage string = ''

@description('Azure Bot pricing tier: F0 is free (standard channels such as Teams are free on either).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Leave empty for no Outlook invitations; or the organiser mailbox (UPN) whose calendar sends each meeting series as a Teams meeting through Microsoft Graph (see docs/deploy.md for the permission it needs).')
param graphOrganizer string = ''

var suffix = uniqueString(resourceGroup().id, name)
var appName = 'wgb-${name}-${suffix}'
var storageName = take('wgb${name}${suffix}', 24)
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

// The bot's identity towards Teams (no secret to rotate) and the app's identity towards its tables.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, tableDataContributor)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: empty(containerImage) ? 'app,linux' : 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: empty(containerImage) ? 'DOTNETCORE|10.0' : 'DOCKER|${containerImage}'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      acrUseManagedIdentityCreds: !empty(containerImage)
      acrUserManagedIdentityID: empty(containerImage) ? null : identity.properties.clientId
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenant().tenantId
        }
        {
          // DefaultAzureCredential takes this identity for the tables.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'ConnectionStrings__Tables'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'Bot__PublicUrl'
          value: 'https://${appName}.azurewebsites.net'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        {
          // App Service waits this long after SIGTERM before it stops an instance (see docs/deploy.md).
          name: 'WEBSITES_CONTAINER_STOP_TIME_LIMIT'
          value: '60'
        }
        {
          // Outlook invitations through Microsoft Graph, when an organiser mailbox is given (see docs/deploy.md).
          name: 'Graph__Enabled'
          value: empty(graphOrganizer) ? 'false' : 'true'
        }
        {
          name: 'Graph__Organizer'
          value: graphOrganizer
        }
      ]
    }
  }
  dependsOn: [
    tableAccess
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
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
    properties: {
      isEnabled: true
    }
  }
}

@description('The Teams package\'s --bot-id.')
output botId string = identity.properties.clientId

@description('The Teams package\'s --domain.')
output domain string = app.properties.defaultHostName

output appName string = app.name

@description('For the Agents Toolkit\'s zip deploy (m365agents.yml reads it as WEBAPPID).')
output webAppId string = app.id
output storageAccount string = storage.name
output botResource string = bot.name
