namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>Options classes bound from a section: <c>services.Configure&lt;T&gt;(section)</c> plus an injected <c>IOptions&lt;T&gt;</c>.</summary>
public class AppSettingsOptionsTests
{
    private const string Options = """
        class SpeechOptions
        {
            public string KmsKeyName { get; set; } = "";
            public string Endpoint { get; set; } = "";
        }

        class KeyService
        {
            private readonly IOptions<SpeechOptions> _options;

            public KeyService(IOptions<SpeechOptions> options) => _options = options;

            public void Apply()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                MARK_STARTspeech.UpdateConfig(new Config { KmsKeyName = _options.Value.KmsKeyName }, null)MARK_END;
            }
        }
        """;

    private static string Source(string registration, bool expectDiagnostic) => $$"""
        using System;
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        static class Setup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                {{registration}}
            }
        }

        {{Options.Replace("MARK_START", expectDiagnostic ? "{|CMEK001:" : "").Replace("MARK_END", expectDiagnostic ? "|}" : "")}}
        """;

    [Theory]
    [InlineData("services.Configure<SpeechOptions>(configuration.GetSection(\"Speech\"));")]
    [InlineData("services.Configure<SpeechOptions>(configuration.GetSection(\"speech\"), binder => binder.ErrorOnUnknownConfiguration = true);")]
    [InlineData("services.AddOptions<SpeechOptions>().Bind(configuration.GetSection(\"Speech\"));")]
    [InlineData("services.AddOptions<SpeechOptions>().BindConfiguration(\"Speech\").ValidateOnStart();")]
    public Task One_section_binding_gives_the_injected_options_their_values(string registration)
        => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(Source(registration, expectDiagnostic: true));

    [Theory]
    [InlineData("")]
    [InlineData("services.Configure<SpeechOptions>(o => o.KmsKeyName = \"projects/p/locations/us/keyRings/r/cryptoKeys/k\");")]
    [InlineData("services.Configure<SpeechOptions>(configuration.GetSection(\"Speech\")); services.PostConfigure<SpeechOptions>(o => { });")]
    [InlineData("services.Configure<SpeechOptions>(configuration.GetSection(\"Speech\")); services.Configure<SpeechOptions>(configuration.GetSection(\"Other\"));")]
    [InlineData("services.Configure<SpeechOptions>(\"named\", configuration.GetSection(\"Speech\"));")]
    [InlineData("services.AddOptions<SpeechOptions>(\"named\").Bind(configuration.GetSection(\"Speech\"));")]
    [InlineData("services.AddOptions<SpeechOptions>().Bind(configuration.GetSection(\"Speech\")).Configure(o => o.Endpoint = \"x\");")]
    [InlineData("services.Configure<SpeechOptions>(configuration.GetSection(\"Missing\"));")]
    public Task Other_or_several_ways_of_configuring_the_options_stay_silent(string registration)
        => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(Source(registration, expectDiagnostic: false));

    [Fact]
    public Task An_IConfigureOptions_class_makes_the_options_unknown() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        Source("services.Configure<SpeechOptions>(configuration.GetSection(\"Speech\"));", expectDiagnostic: false) + """

        class MoreSpeechOptions : IConfigureOptions<SpeechOptions>
        {
            public void Configure(SpeechOptions options) { }
        }
        """);

    [Fact]
    public Task A_property_written_by_code_is_not_taken_from_the_file() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        Source("services.Configure<SpeechOptions>(configuration.GetSection(\"Speech\"));", expectDiagnostic: false) + """

        class Tests
        {
            SpeechOptions Make() => new SpeechOptions { KmsKeyName = "projects/p/locations/us/keyRings/r/cryptoKeys/k" };
        }
        """);

    [Fact]
    public Task Options_not_from_the_container_are_unknown() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        class SpeechOptions
        {
            public string KmsKeyName { get; set; } = "";
        }

        class C
        {
            void M(IServiceCollection services, IConfiguration configuration, SpeechOptions made)
            {
                services.Configure<SpeechOptions>(configuration.GetSection("Speech"));
                var options = Options.Create(made);
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                speech.UpdateConfig(new Config { KmsKeyName = options.Value.KmsKeyName }, null);
            }
        }
        """);

    [Fact]
    public Task Nested_options_and_the_monitor_current_value() => AppSettingsTest.RunAsync<Cmek001KeyEndpointMismatchAnalyzer>(
        """
        using Google.Cloud.Speech.V2;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        class GoogleOptions
        {
            public SpeechOptions Speech { get; set; } = new();
        }

        class SpeechOptions
        {
            public string KmsKeyName { get; set; } = "";
        }

        class C(IOptionsMonitor<GoogleOptions> monitor)
        {
            static void Register(IServiceCollection services, IConfiguration configuration)
                => services.Configure<GoogleOptions>(configuration);

            void M()
            {
                var speech = new SpeechClientBuilder { Endpoint = "us-speech.googleapis.com" }.Build();
                {|CMEK001:speech.UpdateConfig(new Config { KmsKeyName = monitor.CurrentValue.Speech.KmsKeyName }, null)|};
            }
        }
        """);
}
