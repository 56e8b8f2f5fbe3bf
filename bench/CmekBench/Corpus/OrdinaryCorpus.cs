using System.Text;

namespace CmekBench.Corpus;

/// <summary>
/// Corpus (1): ordinary C# with no Speech reference: records, generics, LINQ, async, and many strings (interpolation,
/// concatenation, string.Format, consts in other files, and look-alikes of Google resource names and endpoints), so that
/// any string handling of the analyzers would show.
/// </summary>
internal static class OrdinaryCorpus
{
    private static readonly string[] Regions = ["europe-west4", "us-central1", "asia-east1", "global", "eu", "us"];
    private static readonly string[] Words = ["order", "invoice", "customer", "shipment", "ledger", "report", "session", "ticket"];

    public static IReadOnlyList<GeneratedFile> Generate(int files)
    {
        var result = new List<GeneratedFile> { new("Shared/Constants.cs", Constants()) };
        for (var i = 0; i < files - 1; i++)
        {
            result.Add(new($"Domain/Module{i:D5}.cs", Module(i, new Random(1000 + i))));
        }

        return result;
    }

    private static string Constants() => """
        namespace Bench.Ordinary;

        public static class Constants
        {
            public const string ApiHost = "api.example.com";
            public const string Projects = "projects/acme/locations/europe-west4";
            public const string KeyLike = "projects/acme/locations/europe-west4/keyRings/ring/cryptoKeys/key/cryptoKeyVersions/1";
            public const string EndpointLike = "https://europe-west4-speech.googleapis.com/";
            public static readonly string Separator = ", ";
        }
        """;

    private static string Module(int i, Random random)
    {
        var word = Words[random.Next(Words.Length)];
        var type = char.ToUpperInvariant(word[0]) + word[1..] + i;
        var region = Regions[random.Next(Regions.Length)];
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Bench.Ordinary.M{{i % 50}};

            public sealed record {{type}}(string Id, string Name, decimal Amount, DateTimeOffset CreatedAt, IReadOnlyList<string> Tags)
            {
                public string DisplayName => $"{Name} ({Id})";
            }

            public interface I{{type}}Store
            {
                Task<{{type}}?> FindAsync(string id, CancellationToken cancellationToken);
                IAsyncEnumerable<{{type}}> ListAsync(string prefix, CancellationToken cancellationToken);
            }

            public sealed class {{type}}Service
            {
                private const string Prefix = "{{word}}-";
                private const string ResourceName = Constants.Projects + "/{{word}}s/" + "{{type}}";
                private static readonly string Location = "{{region}}";
                private readonly I{{type}}Store _store;
                private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal)
                {
                    ["env"] = "prod",
                    ["region"] = "{{region}}",
                    ["owner"] = "team-{{i % 7}}",
                };

                public {{type}}Service(I{{type}}Store store) => _store = store;

                public string Endpoint { get; } = $"https://{Location}-{{word}}.{Constants.ApiHost}/v1/";

                public async Task<string> DescribeAsync(string id, CancellationToken cancellationToken)
                {
                    var item = await _store.FindAsync(Prefix + id, cancellationToken).ConfigureAwait(false);
                    if (item is null)
                    {
                        return string.Format(CultureInfo.InvariantCulture, "{0} '{1}' not found in {2}", "{{word}}", id, Location);
                    }

                    var tags = string.Join(Constants.Separator, item.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).OrderBy(t => t, StringComparer.Ordinal));
                    return $"{item.DisplayName}: {item.Amount.ToString("N2", CultureInfo.InvariantCulture)} [{tags}] at {ResourceName}";
                }

                public async Task<IReadOnlyDictionary<string, decimal>> TotalsAsync(string prefix, CancellationToken cancellationToken)
                {
                    var totals = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
                    await foreach (var item in _store.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
                    {
                        foreach (var tag in item.Tags)
                        {
                            totals[tag] = totals.TryGetValue(tag, out var sum) ? sum + item.Amount : item.Amount;
                        }
                    }

                    return totals;
                }

                public static string Classify(string code) => code switch
                {
                    "A" or "B" => "standard",
                    "C" => "priority",
                    _ when code.StartsWith("X", StringComparison.Ordinal) => "experimental",
                    _ => "unknown:" + code,
                };

                public string Render(IEnumerable<{{type}}> items)
                {
                    var builder = new StringBuilder();
                    builder.Append("<table data-resource=\"").Append(ResourceName).AppendLine("\">");
                    foreach (var group in items.GroupBy(x => x.CreatedAt.Year).OrderByDescending(g => g.Key))
                    {
                        builder.AppendLine($"<tr><th colspan=\"3\">{group.Key}</th></tr>");
                        foreach (var item in group.OrderBy(x => x.Name, StringComparer.CurrentCulture))
                        {
                            builder.Append("<tr><td>").Append(item.Id).Append("</td><td>")
                                .Append(item.Name.Replace("<", "&lt;", StringComparison.Ordinal)).Append("</td><td>")
                                .Append(item.Amount.ToString(CultureInfo.InvariantCulture)).AppendLine("</td></tr>");
                        }
                    }

                    return builder.Append("</table>").ToString();
                }

                public string Label(string key) => _labels.TryGetValue(key, out var value) ? value : string.Empty;

                public static string KeyFor(string ring, string key) => $"projects/acme/locations/{{region}}/keyRings/{ring}/cryptoKeys/{key}";
            }

            public static class {{type}}Extensions
            {
                public static IEnumerable<TResult> SelectNonNull<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult?> selector)
                    where TResult : class
                {
                    foreach (var item in source)
                    {
                        if (selector(item) is { } result)
                        {
                            yield return result;
                        }
                    }
                }

                public static string Summarize(this IReadOnlyList<{{type}}> items)
                    => items.Count > 0
                        ? $"{items.Count} items, first {items[0].Name}, newest {items[^1].CreatedAt:yyyy-MM-dd}"
                        : "no items";
            }

            """);
        if (i % 3 == 0)
        {
            text.Append($$"""

                public sealed class {{type}}Cache<TKey> where TKey : notnull
                {
                    private readonly Dictionary<TKey, (string Value, DateTime Expires)> _entries = new();

                    public string GetOrAdd(TKey key, Func<TKey, string> factory, TimeSpan ttl)
                    {
                        if (_entries.TryGetValue(key, out var entry) && entry.Expires > DateTime.UtcNow)
                        {
                            return entry.Value;
                        }

                        var value = factory(key) ?? throw new InvalidOperationException($"No value for '{key}'");
                        _entries[key] = (value, DateTime.UtcNow + ttl);
                        return value;
                    }
                }

                """);
        }

        return text.ToString();
    }
}
