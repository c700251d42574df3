// Only for scripts/deploy.sh --what-if when the resource group does not exist yet: shows that it would be created.
targetScope = 'subscription'

@description('The resource group\'s name.')
param name string

@description('Its Azure region.')
param location string

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: name
  location: location
}
