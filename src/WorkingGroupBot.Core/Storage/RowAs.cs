using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Azure.Data.Tables;

namespace WorkingGroupBot.Storage;

/// <summary>
/// Reads an untyped row as one of our entities, for a query whose answer mixes kinds of rows (a group's partition).
/// Covers the property types our entities use: strings, ints, bools and times.
/// </summary>
internal static class RowAs
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static T Entity<T>(TableEntity row)
        where T : Entity, new()
    {
        var entity = new T
        {
            PartitionKey = row.PartitionKey,
            RowKey = row.RowKey,
            Timestamp = row.Timestamp,
            ETag = row.ETag,
        };
        foreach (var property in Properties.GetOrAdd(typeof(T), Own))
        {
            if (row.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(entity, Convert(value, property.PropertyType));
            }
        }

        return entity;
    }

    private static PropertyInfo[] Own(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.DeclaringType != typeof(Entity))
            .ToArray();

    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTime time when target == typeof(DateTimeOffset) => new DateTimeOffset(
                DateTime.SpecifyKind(time, DateTimeKind.Utc)
            ),
            _ when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }
}
