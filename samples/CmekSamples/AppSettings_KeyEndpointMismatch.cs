using Google.Cloud.Speech.V2;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Configuration;

namespace CmekSamples;

/// <summary>CMEK001 with both values in appsettings.json: the key is in europe-west4, the endpoint in us.</summary>
public sealed class AppSettingsKeyEndpointMismatch
{
    private readonly IConfiguration _configuration;

    public AppSettingsKeyEndpointMismatch(IConfiguration configuration) => _configuration = configuration;

    public async Task EnableCmekAsync(CancellationToken cancellationToken)
    {
        var speech = await new SpeechClientBuilder { Endpoint = _configuration["Speech:Endpoint"] }.BuildAsync(cancellationToken);
        var config = new Config { KmsKeyName = _configuration.GetSection("Speech")["KmsKeyName"] };
        await speech.UpdateConfigAsync(config, new FieldMask { Paths = { "kms_key_name" } }, cancellationToken); // CMEK001
    }
}
