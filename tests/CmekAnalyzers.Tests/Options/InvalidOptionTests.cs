using Microsoft.CodeAnalysis.Testing;
using Cmek001 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek001KeyEndpointMismatchAnalyzer, CmekAnalyzers.CodeFixes.EndpointCodeFixProvider>;
using Cmek008 = CmekAnalyzers.Tests.Options.OptionsTest<CmekAnalyzers.Rules.Cmek008InvalidOptionAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace CmekAnalyzers.Tests.Options;

/// <summary>CMEK008: bad option values are reported once per entry and file, on the first Speech use, and ignored.</summary>
public class InvalidOptionTests
{
    private const string Location = "cmek_analyzers.speech_endpoint_location";
    private const string Hosts = "cmek_analyzers.endpoint_locations";

    private const string SpeechFile =
        """
        using Google.Cloud.Speech.V2;

        class Service
        {
            private readonly SpeechClient _speech;

            public Service(SpeechClient speech) => _speech = speech;

            public void Run()
            {
                {|#0:_speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
                _speech.GetRecognizer("projects/p/locations/us/recognizers/r");
            }
        }
        """;

    [Theory]
    [InlineData(Location, "europe-west", "'europe-west' is ignored, 'europe-west' is not a location such as 'europe-west4', 'eu', 'us' or 'global'")]
    [InlineData(Location, "eu-speech.googleapis.com", "'eu-speech.googleapis.com' is ignored, 'eu-speech.googleapis.com' looks like a host; write a location such as 'europe-west4', 'eu', 'us' or 'global'")]
    [InlineData(Location, "europe west4", "'europe west4' is ignored, 'europe west4' is not a location such as 'europe-west4', 'eu', 'us' or 'global'")]
    [InlineData(Hosts, "speech-*.p.googleapis.com", "'speech-*.p.googleapis.com' is ignored, an entry is written host-pattern=location, and this one has no '='")]
    [InlineData(Hosts, "=europe-west4", "'=europe-west4' is ignored, the host is empty")]
    [InlineData(Hosts, "psc.example.com=", "'psc.example.com=' is ignored, the location after '=' is empty")]
    [InlineData(Hosts, "psc.example.com=europe_west4", "'psc.example.com=europe_west4' is ignored, 'europe_west4' is not a location such as 'europe-west4', 'eu', 'us' or 'global'")]
    [InlineData(Hosts, "speech-**.p.googleapis.com=eu", "'speech-**.p.googleapis.com=eu' is ignored, '**' is not a wildcard; '*' stands for one or more characters inside one label")]
    [InlineData(Hosts, "speech-*-*.p.googleapis.com=eu", "'speech-*-*.p.googleapis.com=eu' is ignored, a label can hold only one '*'")]
    [InlineData(Hosts, "*.com=eu", "'*.com=eu' is ignored, the pattern matches every host of a top-level domain; write at least one more label")]
    [InlineData(Hosts, "psc.example.*=eu", "'psc.example.*=eu' is ignored, the last label (the top-level domain) cannot hold a wildcard")]
    [InlineData(Hosts, "psc..example.com=eu", "'psc..example.com=eu' is ignored, the host has an empty label (two dots, or a dot at either end)")]
    [InlineData(Hosts, "https://psc.example.com=eu", "'https://psc.example.com=eu' is ignored, a pattern is a bare host, without scheme, path or port")]
    [InlineData(Hosts, "psc.example.com:443=eu", "'psc.example.com:443=eu' is ignored, a pattern is a bare host, without scheme, path or port")]
    [InlineData(Hosts, "psc_1.example.com=eu", "'psc_1.example.com=eu' is ignored, a host cannot contain '_'")]
    public Task Bad_value_is_reported_on_the_first_Speech_call(string key, string value, string message) => Cmek008.AnalyzerAsync(
        new[] { Cmek008.GlobalConfig(key + " = " + value) },
        SpeechFile,
        Cmek008.Diagnostic("CMEK008").WithLocation(0).WithMessage("Option " + key + ": " + message));

    [Theory]
    [InlineData(Location, "europe-west")]
    [InlineData(Hosts, "speech-*.p.googleapis.com")]
    [InlineData(Hosts, "*.com=eu, =us, psc.example.com=")]
    public Task Rules_ignore_a_bad_value_and_do_not_fail(string key, string value) => Cmek001.AnalyzerAsync(
        new[] { Cmek001.GlobalConfig(key + " = " + value) }, SpeechFile);

    [Fact]
    public Task Each_bad_entry_is_reported_and_good_entries_still_work() => Task.WhenAll(
        Cmek008.AnalyzerAsync(
            new[] { Cmek008.GlobalConfig(Hosts + " = bad-host=mars 1, speech-*.p.googleapis.com=europe-west4, =us") },
            SpeechFile,
            Cmek008.Diagnostic("CMEK008").WithLocation(0).WithMessage("Option " + Hosts + ": 'bad-host=mars 1' is ignored, 'mars 1' is not a location such as 'europe-west4', 'eu', 'us' or 'global'"),
            Cmek008.Diagnostic("CMEK008").WithLocation(0).WithMessage("Option " + Hosts + ": '=us' is ignored, the host is empty")),
        Cmek001.AnalyzerAsync(
            new[] { Cmek001.GlobalConfig(Hosts + " = bad-host=mars 1, speech-*.p.googleapis.com=europe-west4, =us") },
            """
            using Google.Cloud.Speech.V2;

            class C
            {
                void M()
                {
                    var speech = new SpeechClientBuilder { Endpoint = "speech-a.p.googleapis.com" }.Build();
                    {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" }, null)|};
                }
            }
            """));

    [Fact]
    public Task Reported_once_per_file_and_only_in_files_that_use_Speech() => Cmek008.AnalyzerAsync(
        new[] { Cmek008.GlobalConfig(Location + " = nowhere-1") },
        new[]
        {
            SpeechFile,
            SpeechFile.Replace("class Service", "class Other").Replace("public Service", "public Other").Replace("{|#0:", "{|#1:"),
            "class Plain { int Twice(int x) => x * 2; }",
        },
        Cmek008.Diagnostic("CMEK008").WithLocation(0).WithArguments(Location, "nowhere-1", NotLocation),
        Cmek008.Diagnostic("CMEK008").WithLocation(1).WithArguments(Location, "nowhere-1", NotLocation));

    private const string NotLocation = "'nowhere-1' is not a location such as 'europe-west4', 'eu', 'us' or 'global'";

    [Fact]
    public Task Reported_on_a_builder_Endpoint_when_the_file_makes_no_call() => Cmek008.AnalyzerAsync(
        new[] { Cmek008.EditorConfig("[*.cs]\n" + Hosts + " = psc.example.com") },
        """
        using Google.Cloud.Speech.V2;

        class C
        {
            SpeechClient Create() => new SpeechClientBuilder { {|#0:Endpoint = "psc.example.com"|} }.Build();
        }
        """,
        Cmek008.Diagnostic("CMEK008").WithLocation(0).WithArguments(Hosts, "psc.example.com", "an entry is written host-pattern=location, and this one has no '='"));

    [Fact]
    public Task Off_and_empty_values_are_not_errors() => Cmek008.AnalyzerAsync(
        new[] { Cmek008.GlobalConfig(Location + " = none", Hosts + " = ") },
        SpeechFile);

    [Fact]
    public async Task Project_without_Speech_gets_nothing()
    {
        var test = Cmek008.Create(new[] { Cmek008.GlobalConfig(Location + " = nowhere-1", Hosts + " = *") }, new[] { "class Plain { void Run() => System.Console.WriteLine(); }" });
        test.TestState.AdditionalReferences.Clear();
        await test.RunAsync();
    }
}
