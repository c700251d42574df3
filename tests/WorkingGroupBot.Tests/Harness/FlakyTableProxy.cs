using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WorkingGroupBot.Testing;

namespace WorkingGroupBot.Tests.Harness;

/// <summary>
/// A pass-through HTTP proxy in front of a Table endpoint (Azurite) on 127.0.0.1 that can lose the answer to a
/// transaction: the storage commits it, but the connection breaks before the bot hears back — what a network blip or
/// a load balancer reset does in production. The storage client then retries the same request.
/// </summary>
public sealed class FlakyTableProxy : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient storage = new();
    private readonly Uri target;
    private int answersToLose;
    private volatile Func<string, bool>? refuse;
    private volatile Func<string, Task>? before;
    private int lost;
    private int conflicts;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> requests = new();

    private FlakyTableProxy(WebApplication app, Uri target)
    {
        this.app = app;
        this.target = target;
        app.Run(ForwardAsync);
    }

    public string ConnectionString { get; private set; } = "";

    /// <summary>Transactions committed whose answer was lost so far.</summary>
    public int Lost => lost;

    /// <summary>Every request so far in the order they came, as "METHOD target" (a transaction: "POST $batch").</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Transactions the storage refused because a row they guard was changed or taken first (409 or 412).</summary>
    public int Conflicts => conflicts;

    /// <param name="tableEndpoint">e.g. http://127.0.0.1:10002 (without the account).</param>
    public static async Task<FlakyTableProxy> StartAsync(string tableEndpoint)
    {
        var proxy = new FlakyTableProxy(Loopback.NewServer(), new Uri(tableEndpoint));
        await proxy.app.StartAsync();
        var url = Loopback.UrlOf(proxy.app);
        proxy.ConnectionString = DevStorage.ConnectionString(url);
        return proxy;
    }

    /// <summary>The next <paramref name="count"/> transactions ($batch) reach the storage, but their answers are lost.</summary>
    public void LoseNextTransactionAnswers(int count = 1) => Interlocked.Exchange(ref answersToLose, count);

    /// <summary>Requests whose URL or body contains this text (e.g. a table's name) are answered 503 until <see cref="Heal"/>.</summary>
    public void Refuse(string text) => Refuse(letThrough: 0, text);

    /// <summary>
    /// Requests whose URL or body contains all these texts are answered 503 until <see cref="Heal"/>, except the first
    /// <paramref name="letThrough"/> of them.
    /// </summary>
    public void Refuse(int letThrough, params string[] texts)
    {
        var seen = 0;
        refuse = request => texts.All(text => request.Contains(text, StringComparison.Ordinal)) && Interlocked.Increment(ref seen) > letThrough;
    }

    public void Heal() => refuse = null;

    /// <summary>
    /// The first request whose URL or body contains all these texts waits until <paramref name="act"/> has run, e.g.
    /// while another turn commits between this turn's read and its write.
    /// </summary>
    public void BeforeFirst(Func<Task> act, params string[] texts)
    {
        var fired = 0;
        before = request => texts.All(text => request.Contains(text, StringComparison.Ordinal)) && Interlocked.Exchange(ref fired, 1) == 0 ? act() : Task.CompletedTask;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        // The raw target, not the decoded path: the request is signed over the URL exactly as the client encoded it.
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(target, raw));
        if (incoming.ContentLength is > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await incoming.Body.CopyToAsync(body, context.RequestAborted);
            request.Content = new ByteArrayContent(body.ToArray());
        }

        var seen = raw + (request.Content is null ? "" : await request.Content.ReadAsStringAsync());
        requests.Enqueue($"{incoming.Method} {Uri.UnescapeDataString(raw)}");
        if (before is { } wait)
        {
            await wait(seen);
        }

        if (refuse is { } refused && refused(seen))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding")
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values) && request.Content is not null)
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await storage.SendAsync(request, context.RequestAborted);
        var answer = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (incoming.Path.Value?.EndsWith("$batch", StringComparison.Ordinal) == true && IsConflict(answer))
        {
            Interlocked.Increment(ref conflicts);
        }

        if (incoming.Path.Value?.EndsWith("$batch", StringComparison.Ordinal) == true && Interlocked.Decrement(ref answersToLose) >= 0)
        {
            Interlocked.Increment(ref lost);
            context.Abort();
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name is not ("Transfer-Encoding" or "Content-Length"))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    /// <summary>A transaction's answer is a multipart body; the failed operation's status line is inside it.</summary>
    private static bool IsConflict(byte[] answer)
    {
        var text = System.Text.Encoding.UTF8.GetString(answer);
        return text.Contains("HTTP/1.1 409", StringComparison.Ordinal) || text.Contains("HTTP/1.1 412", StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        storage.Dispose();
    }
}
