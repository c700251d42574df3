using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace WorkingGroupBot.Teams;

/// <summary>
/// One connector client per app, service URL and audience, renewed every few minutes. The CloudAdapter makes a new
/// ConnectorClient for every turn and every proactive send, and each new client builds its Newtonsoft serialization
/// contracts afresh on its first call: about 10 ms of CPU for every reply (measured in docs/performance.md).
/// </summary>
internal sealed class SharedConnectorClients(TimeProvider clock)
{
    /// <summary>So that a client does not outlive DNS changes or its HTTP handler for long.</summary>
    private static readonly TimeSpan Renew = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Shared> clients = new();

    public ConnectorFactory Over(ConnectorFactory inner, string? appId) => new Factory(this, inner, appId);

    private async Task<IConnectorClient> GetAsync(
        ConnectorFactory inner,
        string? appId,
        string serviceUrl,
        string audience
    )
    {
        var now = clock.GetUtcNow();
        Shared New() => new(now, inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
        var shared = clients.AddOrUpdate(
            (appId, serviceUrl, audience),
            _ => New(),
            (_, old) =>
                now - old.Created < Renew && (old.Client.IsCompletedSuccessfully || !old.Client.IsCompleted)
                    ? old
                    : New()
        );
        return new Undisposable(await shared.Client);
    }

    private sealed record Shared(DateTimeOffset Created, Task<IConnectorClient> Client);

    private sealed class Factory(SharedConnectorClients shared, ConnectorFactory inner, string? appId)
        : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(
            string serviceUrl,
            string audience,
            CancellationToken cancellationToken
        ) => shared.GetAsync(inner, appId, serviceUrl, audience);
    }

    /// <summary>The adapter disposes its client at the end of every turn; the shared one lives on.</summary>
    private sealed class Undisposable(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => client.BaseUri = value;
        }
        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;
        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;
        public ServiceClientCredentials Credentials => client.Credentials;
        public IAttachments Attachments => client.Attachments;
        public IConversations Conversations => client.Conversations;

        public void Dispose() { }
    }
}
