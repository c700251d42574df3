using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WorkingGroupBot.Links;
using WorkingGroupBot.Storage;
using WorkingGroupBot.Tests.Harness;
using Xunit.Abstractions;

namespace WorkingGroupBot.Tests.Chaos.Fuzz;

/// <summary>
/// Thousands of mutated Teams requests (see <see cref="ActivityFuzzer"/>) against the real host: never a 5xx, never an
/// invalid card, never the team's plan shown to someone outside it, and afterwards not one stored row of the team
/// changed. The seed is printed; WGB_FUZZ_SEED=&lt;seed&gt; replays the same run, WGB_FUZZ_CASES sets how many.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Parallelism = 8;

    [Fact]
    public Task Thousands_of_mutated_requests_get_no_5xx_and_change_nothing_their_senders_may_not() =>
        FuzzAsync(cases: 3000, timeCap: TimeSpan.FromSeconds(60));

    [SlowFact]
    public Task Thirty_thousand_mutated_requests_get_no_5xx_and_change_nothing_their_senders_may_not() =>
        FuzzAsync(cases: 30_000, timeCap: TimeSpan.FromMinutes(15));

    private async Task FuzzAsync(int cases, TimeSpan timeCap)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WGB_FUZZ_SEED"), out var s) ? s : Random.Shared.Next();
        cases = int.TryParse(Environment.GetEnvironmentVariable("WGB_FUZZ_CASES"), out var n) ? n : cases;
        output.WriteLine($"fuzz seed: {seed} (replay with WGB_FUZZ_SEED={seed})");
        var prefix = ReminderFixture.NewTablePrefix();
        await using var connector = await LoopbackConnector.StartAsync();
        var bot = await BotHost.StartAsync(Azurite.Shared.ConnectionString, ChaosSettings.Quiet("--Tables:TablePrefix", prefix, "--Reminders:Enabled", "false"));
        try
        {
            await FuzzAsync(bot, connector, prefix, seed, cases, timeCap);
        }
        finally
        {
            Assert.Null(await HostShutdown.StopAsync(bot));
        }
    }

    private async Task FuzzAsync(BotHost bot, LoopbackConnector connector, string prefix, int seed, int cases, TimeSpan timeCap)
    {
        var scene = await FuzzScene.SetUpAsync(bot, connector);
        var before = await SnapshotAsync(scene, prefix);
        var callsBefore = connector.Calls.Count;

        var fuzzer = new ActivityFuzzer(scene, connector.Url);
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var sent = new ConcurrentBag<FuzzCase>();
        var leaks = new ConcurrentQueue<string>();
        var next = -1;
        var unsupportedInvokes = 0;
        var watch = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < cases && watch.Elapsed < timeCap; i = Interlocked.Increment(ref next))
            {
                var fuzz = fuzzer.Make(i, unchecked(seed + i));
                sent.Add(fuzz);
                try
                {
                    var (status, body) = await PostAsync(bot, fuzz.Body);
                    statuses.AddOrUpdate(status, 1, (_, c) => c + 1);
                    if (status == 501 && IsUnsupportedInvoke(fuzz.Body))
                    {
                        Interlocked.Increment(ref unsupportedInvokes);
                    }
                    else if (status >= 500)
                    {
                        failures.Enqueue($"HTTP {status} for {Describe(fuzz)}");
                    }

                    if (!fuzz.SenderIsTeamMember && body.Contains(scene.Secret, StringComparison.Ordinal))
                    {
                        leaks.Enqueue($"the answer showed the team's plan to {Describe(fuzz)}");
                    }

                    if (JsonNode.Parse(body.Length > 0 ? body : "null") is JsonObject { } answer && answer["type"]?.ToString() == "application/vnd.microsoft.card.adaptive" && answer["value"] is JsonObject card)
                    {
                        SentCards.AssertValid(card, "invoke answer to " + Describe(fuzz));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Xunit.Sdk.XunitException or System.Text.Json.JsonException)
                {
                    failures.Enqueue($"{e.GetType().Name}: {e.Message} for {Describe(fuzz)}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => WorkerAsync()));
        var took = watch.Elapsed;
        try
        {
            SentCards.ThrowIfInvalid(connector.Url);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            failures.Enqueue("invalid card sent through the connector: " + e.Message);
        }

        var byId = sent.Where(c => c.ActivityId is not null).GroupBy(c => c.ActivityId!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var call in connector.Calls.Skip(callsBefore).Where(c => c.Body?.ToJsonString().Contains(scene.Secret, StringComparison.Ordinal) == true))
        {
            // A reply names the activity it answers; only replies to a team member's request may show the plan.
            if (call.ActivityId is { } id && byId.TryGetValue(id, out var answered) && answered.All(c => !c.SenderIsTeamMember))
            {
                leaks.Enqueue($"a {call.Kind} to {call.ConversationId} showed the team's plan, answering {Describe(answered[0])}");
            }
        }

        var after = await SnapshotAsync(scene, prefix);
        var changed = before.Except(after).Select(r => "- " + r).Concat(after.Except(before).Select(r => "+ " + r)).ToList();
        var done = sent.Count;
        output.WriteLine($"requests fuzzed: {done} in {took.TotalSeconds:F1} s ({done / took.TotalSeconds:F0}/s), {Parallelism} at a time");
        output.WriteLine($"answers: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"HTTP {p.Key}: {p.Value}"))}");
        output.WriteLine($"5xx seen: {statuses.Where(p => p.Key >= 500).Sum(p => p.Value) - unsupportedInvokes} (besides {unsupportedInvokes} × 501 Not Implemented, the SDK's answer to invoke names the bot has no handler for); other failures: {failures.Count(f => !f.StartsWith("HTTP 5", StringComparison.Ordinal))}");
        output.WriteLine($"team rows compared: {before.Count}, changed: {changed.Count}; plan shown to outsiders: {leaks.Count}");
        foreach (var line in failures.Take(15).Concat(leaks.Take(5)).Concat(changed.Take(20)))
        {
            output.WriteLine("  " + line);
        }

        Assert.True(done >= Math.Min(cases, 1000), $"only {done} requests within {timeCap}");
        Assert.Empty(failures);
        Assert.Empty(leaks);
        Assert.Empty(changed);
    }

    private static async Task<(int Status, string Body)> PostAsync(BotHost bot, byte[] body)
    {
        using var response = await bot.PostAsync(body);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// An invoke other than adaptiveCard/action (task/fetch, composeExtension/query, a junk name): the SDK's
    /// TeamsActivityHandler answers it 501 Not Implemented by design — a deliberate answer, not a failed turn.
    /// </summary>
    private static bool IsUnsupportedInvoke(byte[] body)
    {
        try
        {
            // Read the way the bot reads it (Newtonsoft: the last of duplicate keys wins, numbers read as text).
            var activity = JObject.Parse(Encoding.UTF8.GetString(body).TrimStart('\uFEFF'));
            return activity["type"]?.ToString() == "invoke" && activity["name"]?.ToString() != "adaptiveCard/action";
        }
        catch (JsonReaderException)
        {
            return false;
        }
    }

    private static string Describe(FuzzCase fuzz) => $"case {fuzz.Index} (seed {fuzz.Seed}): {fuzz.Description}; body {fuzz.Body.Length} bytes: {fuzz.Preview}";

    /// <summary>
    /// The team's rows in its tenant — its group row, roster, plan, meetings, reminders, links, and the people rows of its
    /// chair and responsible members. Left out: Līga's own group chat (she chairs it, so may change it), the people rows
    /// of the senders, and what is Līga's own in the team (her personal calendar feed): hers to change as a member.
    /// </summary>
    private static Task<IReadOnlyList<string>> SnapshotAsync(FuzzScene scene, string prefix)
    {
        var tenant = scene.World.TenantId;
        var chat = scene.World.GroupChatId;
        string[] theirs = [TableKey.Of(tenant, chat), TableKey.Of(tenant, scene.Liga.AadObjectId), TableKey.Of(tenant, scene.Stranger.AadObjectId)];
        bool Has(TableEntity row, string value) => row.Any(p => p.Value is string text && text == value);
        bool IsLigas(TableEntity row) => row.RowKey == FeedPointerEntity.RowOf(scene.Liga.AadObjectId)
            || row.GetString("Kind") == nameof(LinkKind.PersonalCalendar) && row.GetString("Person") == scene.Liga.AadObjectId;
        // Līga may set and cancel her own absence: her member row is compared without it (a change of her role, or
        // of anyone else's absence, still shows).
        bool OwnAbsenceLeftOut(TableEntity row) => row.RowKey != PlanRows.Member(scene.Liga.AadObjectId) || row.Remove(nameof(MemberEntity.Away)) || true;
        // Rows of tables not partitioned by tenant (reminders, links) name their tenant in a TenantId column.
        return StorageSnapshot.ReadAsync(Azurite.Shared.ConnectionString, prefix, (_, row) => OwnAbsenceLeftOut(row) &&
            (row.PartitionKey == TableKey.Of(tenant) || row.PartitionKey.StartsWith(TableKey.Of(tenant) + "|", StringComparison.Ordinal) || row.GetString("TenantId") == tenant)
            && !theirs.Contains(row.PartitionKey) && !row.RowKey.EndsWith(TableKey.Of(chat), StringComparison.Ordinal) && !Has(row, chat) && !IsLigas(row));
    }
}
