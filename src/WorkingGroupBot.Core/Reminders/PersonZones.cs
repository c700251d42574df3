using System.Collections.Concurrent;
using WorkingGroupBot.People;

namespace WorkingGroupBot.Reminders;

/// <summary>
/// The time zones people's reminders are planned in, kept per instance for a few minutes so that planning the reminders
/// of an action does not read each responsible person's row every time. A person's new time zone (learnt from their
/// personal chat) reaches reminders planned after the entry expires, at most <see cref="Lifetime"/> later; reminders
/// already planned keep the zone they were planned in either way. Bounded: expired entries go when it fills.
/// </summary>
public sealed class PersonZones(IPersonStore people, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<
        (string TenantId, string AadObjectId),
        (string? Zone, DateTimeOffset At)
    > zones = new();

    /// <summary>The person's time zone, or null when they have none on record (the group's is used then).</summary>
    public async Task<string?> FindAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (zones.TryGetValue((tenantId, aadObjectId), out var known) && now - known.At < Lifetime)
        {
            return known.Zone;
        }

        var zone = (await people.FindAsync(tenantId, aadObjectId, cancellationToken))?.TimeZone;
        if (zones.Count >= MaxRemembered)
        {
            foreach (var old in zones.Where(p => now - p.Value.At >= Lifetime))
            {
                zones.TryRemove(old);
            }
        }

        if (zones.Count < MaxRemembered)
        {
            zones[(tenantId, aadObjectId)] = (zone, now);
        }

        return zone;
    }
}
