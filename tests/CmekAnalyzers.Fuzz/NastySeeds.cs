using System.Text;

namespace CmekAnalyzers.Fuzz;

/// <summary>
/// Hand-written inputs the test cases do not have: broken strings, nulls, huge and deeply nested values, generic and
/// partial classes, cycles, a huge switch, a long call chain. Each one reaches the analyzers through a real Speech call.
/// </summary>
internal static class NastySeeds
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Google.Cloud.Kms.V1;
        using Google.Cloud.Speech.V2;
        using Google.Protobuf.WellKnownTypes;

        """;

    private const string Key = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k";

    public static IEnumerable<Seed> All()
    {
        yield return One("broken strings", """"
            class C
            {
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = @"projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = $"projects/{p/locations/europe-west4/keyRings/r/cryptoKeys/k" }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = $@"projects/p/locations/{"europe-west4"/keyRings/r" }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = """projects/p/locations/us/keyRings/r/cryptoKeys/k }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/\u00e9\uD800/keyRings/r/cryptoKeys/k\q" }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = 'x' + "projects/p/locations/asia/keyRings/r/cryptoKeys/k" }, null);
                }
            }
            """");

        yield return One("null and default values", """
            class C
            {
                const string NoKey = null;
                static readonly string Missing = default;
                string Endpoint => null!;
                void M(SpeechClient injected)
                {
                    var speech = new SpeechClientBuilder { Endpoint = null }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = null }, null);
                    speech.UpdateConfig(null, null);
                    speech.UpdateConfig(new Config { KmsKeyName = NoKey, Name = Missing }, new FieldMask { Paths = { null } });
                    speech.UpdateConfig(new Config { KmsKeyName = default }, FieldMask.FromString(null));
                    new SpeechClientBuilder { Endpoint = Endpoint }.Build().UpdateConfig(new Config { KmsKeyName = CryptoKeyName.FromProjectLocationKeyRingCryptoKey(null, null, null, null).ToString() }, null);
                    ((SpeechClient)null).UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1" }, null);
                    injected?.UpdateConfig(new Config { KmsKeyName = null ?? "projects/p/locations/asia/keyRings/r/cryptoKeys/k" }, null);
                    speech.GetRecognizer((string)null);
                    speech.GetRecognizer(RecognizerName.FromProjectLocationRecognizer(null, null, null));
                }
            }
            """);

        var huge = new string('a', 1 << 20);
        yield return One("1 MB literals", $$"""
            class C
            {
                const string Huge = "{{huge}}";
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = "{{huge}}-speech.googleapis.com" }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/{{huge}}/keyRings/r/cryptoKeys/k" }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = Huge + "/cryptoKeyVersions/1" }, new FieldMask { Paths = { Huge } });
                    speech.GetRecognizer($"projects/p/locations/{Huge}/recognizers/r");
                }
            }
            """);

        yield return One("deeply nested parenthesized concatenation", $$"""
            class C
            {
                const string Deep = {{Nested(250, i => $"(\"{i}\" + ", "\"europe-west4\"", ")")}};
                void M(string project) => new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build()
                    .UpdateConfig(new Config { KmsKeyName = $"projects/{project}/locations/{Deep}/keyRings/r/cryptoKeys/k" }, null);
            }
            """);

        yield return One("long flat concatenation", $$"""
            class C
            {
                const string Long = {{string.Join(" + ", Enumerable.Range(0, 2000).Select(i => $"\"{i % 10}\""))}};
                void M() => SpeechClient.Create().UpdateConfig(new Config { KmsKeyName = Long }, null);
            }
            """);

        // Interpolations nested in the source cost the compiler itself time exponential in the depth (depth 20 already
        // takes seconds without any analyzer), so direct nesting stays shallow; depth 200+ comes from chains of consts,
        // readonly fields and locals, each one interpolating the previous, which the analyzers follow.
        yield return One("nested interpolations", $$"""
            class C
            {
                void M() => new SpeechClientBuilder { Endpoint = $"{{Nested(12, _ => "{$\"", "us-speech.googleapis.com", "\"}")}}" }.Build()
                    .UpdateConfig(new Config { KmsKeyName = $"{{Nested(12, _ => "{$\"", Key, "\"}")}}" }, null);
            }
            """);

        yield return One("interpolation chains 250 deep", $$"""
            class C
            {
                const string L0 = "europe-west4";
            {{string.Join("\n", Enumerable.Range(1, 250).Select(i => $"    const string L{i} = $\"{{L{i - 1}}}\";"))}}
                static readonly string F0 = "us";
            {{string.Join("\n", Enumerable.Range(1, 250).Select(i => $"    static readonly string F{i} = $\"{{F{i - 1}}}\";"))}}
                void M()
                {
                    var v0 = "projects/p/locations/asia/keyRings/r/cryptoKeys/k";
            {{string.Join("\n", Enumerable.Range(1, 250).Select(i => $"        var v{i} = $\"{{v{i - 1}}}\";"))}}
                    var speech = new SpeechClientBuilder { Endpoint = $"{F250}-speech.googleapis.com" }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = $"projects/p/locations/{L250}/keyRings/r/cryptoKeys/k" }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = v250 }, null);
                }
            }
            """);

        yield return One("deeply nested calls", $$"""
            class C
            {
                void M() => SpeechClient.Create()
                    .UpdateConfig(new Config { KmsKeyName = {{Nested(300, _ => "string.Concat(", $"\"{Key}\"", ", \"\")")}} }, null);
            }
            """);

        yield return new Seed("generic and partial classes across files", new[]
        {
            Usings + """
            partial class Keys<T> where T : SpeechClient
            {
                public const string Key = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k";
                private readonly T _client;
                public Keys(T client) => _client = client;
                partial void Rotate(string key);
                public U Use<U>(Func<T, U> f) => f(_client);
            }
            """,
            Usings + """
            partial class Keys<T>
            {
                partial void Rotate(string key) => _client.UpdateConfig(new Config { KmsKeyName = key }, null);
                public void RotateNow() => _client.UpdateConfig(new Config { KmsKeyName = Key }, null);
                public Config Generic<TConfig>() where TConfig : Config, new() => _client.UpdateConfig(new TConfig { KmsKeyName = Keys<SpeechClient>.Key + "/cryptoKeyVersions/3" }, null);
            }

            static class Use
            {
                public static void M() => new Keys<SpeechClient>(new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build()).RotateNow();
            }
            """,
        }, Exhaustive: false);

        yield return One("cycles: recursive consts, fields, properties and locals", """
            class C
            {
                const string A = B;
                const string B = A + "/cryptoKeys/k";
                static readonly string F = G;
                static readonly string G = F;
                string P => P;
                string Q { get => Q + R; }
                string R { get; } = nameof(R);
                readonly string _self;
                C() { _self = _self + "x"; }
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = F }.Build();
                    string local = local;
                    var x = x + "y";
                    speech.UpdateConfig(new Config { KmsKeyName = A }, null);
                    speech.UpdateConfig(new Config { KmsKeyName = F + P + Q + local + x + _self }, null);
                    speech = speech;
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null);
                }
            }
            """);

        yield return One("huge switch", $$"""
            class C
            {
                string Key(int i)
                {
                    switch (i)
                    {
            {{string.Join("\n", Enumerable.Range(0, 1500).Select(i => $"            case {i}: return \"projects/p/locations/l{i}/keyRings/r/cryptoKeys/k\";"))}}
                        default: return "{{Key}}";
                    }
                }
                string Endpoint(int i) => i switch
                {
            {{string.Join("\n", Enumerable.Range(0, 1500).Select(i => $"        {i} => \"l{i}-speech.googleapis.com\","))}}
                    _ => "us-speech.googleapis.com",
                };
                void M(int i)
                {
                    var speech = new SpeechClientBuilder { Endpoint = Endpoint(i) }.Build();
                    string key;
                    switch (i) { {{string.Join(" ", Enumerable.Range(0, 500).Select(i => $"case {i}: key = \"projects/p/locations/l{i}/keyRings/r/cryptoKeys/k\"; break;"))}} default: key = "{{Key}}"; break; }
                    speech.UpdateConfig(new Config { KmsKeyName = key }, null);
                }
            }
            """);

        yield return One("extremely long method chains", $$"""
            class C
            {
                void M(SpeechClient injected)
                {
                    var key = "{{Key}}"{{string.Concat(Enumerable.Repeat(".Trim()", 1500))}};
                    var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com"{{string.Concat(Enumerable.Repeat(".ToString()", 1500))}} }.Build();
                    speech.UpdateConfig(new Config { KmsKeyName = key }, null);
                    new System.Text.StringBuilder(){{string.Concat(Enumerable.Range(0, 1500).Select(i => $".Append({i})"))}}.ToString();
                    injected{{string.Concat(Enumerable.Repeat("?.UpdateConfig(new Config { KmsKeyName = key }, null)?.ToString()?.Length.ToString()?.GetType()?.ToString()?.Length", 1))}};
                }
            }
            """);

        yield return One("the whole API at once, broken", """
            class C
            {
                async Task M(KeyManagementServiceClient kms)
                {
                    var speech = await SpeechClient.CreateAsync();
                    var recognizer = speech.GetRecognizer("projects/p/locations/global/recognizers/r");
                    await speech.UpdateConfigAsync(new UpdateConfigRequest { Config = new Config { Name = "projects/p/locations/global/config", KmsKeyName = "projects/p/locations/global/keyRings/r/cryptoKeys/k2" }, UpdateMask = new FieldMask { Paths = { "display_name" } } });
                    if (recognizer.KmsKeyName == "projects/p/locations/global/keyRings/r/cryptoKeys/k2") { }
                    kms.DestroyCryptoKeyVersion(CryptoKeyVersionName.FromProjectLocationKeyRingCryptoKeyCryptoKeyVersion("p", "global", "r", "k", "1"));
                    speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/eu/keyRings/r/cryptoKeys/k/cryptoKeyVersions/" }, null)
                    var b = new SpeechClientBuilder { Endpoint = "https://europe-west4-speech.googleapis.com:443/" };
                    b.Build().UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, new FieldMask { Paths = { "kms_key" } });
                    b.Endpoint += b.Endpoint;
                    b.Build(null).GetRecognizer(RecognizerName.FromProjectLocationRecognizer("p", "asia", "r")
                }
            """);
    }

    private static Seed One(string name, string body) => new(name, new[] { Usings + body }, Exhaustive: false);

    /// <summary>open(depth-1) ... open(0), the innermost value, then close depth times.</summary>
    private static string Nested(int depth, Func<int, string> open, string inner, string close)
    {
        var text = new StringBuilder();
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append(open(i));
        }

        text.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return text.ToString();
    }
}
