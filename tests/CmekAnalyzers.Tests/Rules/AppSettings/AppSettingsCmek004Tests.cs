using Verify = CmekAnalyzers.Tests.Infrastructure.Verify<CmekAnalyzers.Rules.Cmek004MalformedKeyNameAnalyzer, CmekAnalyzers.CodeFixes.KeyVersionCodeFixProvider>;

namespace CmekAnalyzers.Tests.Rules.AppSettings;

/// <summary>CMEK004 checks a key read from configuration like a literal, but has no fix to offer in C#: the value lives in the file.</summary>
public class AppSettingsCmek004Tests
{
    [Fact]
    public async Task Key_version_from_configuration_is_reported_without_a_fix()
    {
        const string json = """{ "Speech": { "KmsKeyName": "projects/p/locations/eu/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3" } }""";
        const string source = """
            using Google.Cloud.Speech.V2;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(SpeechClient speech, IConfiguration configuration)
                    => speech.UpdateConfig(new Config { KmsKeyName = {|CMEK004:configuration["Speech:KmsKeyName"]|} }, null);
            }
            """;
        var test = Verify.Create();
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalFiles.Add(("appsettings.json", json));
        test.FixedState.Sources.Add(source);
        test.FixedState.AdditionalFiles.Add(("appsettings.json", json));
        await test.RunAsync();
    }
}
