using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CmekAnalyzers.Tests.Infrastructure;

/// <summary>What test snippets compile against: .NET 8 reference assemblies (from the restore, offline) and the Google API surface.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80Offline = ReferenceAssemblies.Net.Net80
        .WithNuGetConfigFilePath(Path.Combine(AppContext.BaseDirectory, "testing.nuget.config"));

    /// <summary>The shim assemblies (real names) and the real Google.Protobuf, Google.Api.Gax, DI, configuration and options assemblies next to the tests.</summary>
    public static readonly ImmutableArray<MetadataReference> Google = new[]
        {
            "Google.Cloud.Speech.V2", "Google.Cloud.Speech.V1", "Google.Cloud.Kms.V1", "Google.Api.Gax.Grpc", "Google.LongRunning",
            "Google.Cloud.Location", "Google.Protobuf", "Google.Api.Gax", "Google.Api.CommonProtos", "Grpc.Core.Api",
            "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Configuration.Abstractions",
            "Microsoft.Extensions.Configuration.Binder", "Microsoft.Extensions.Options", "Microsoft.Extensions.Options.ConfigurationExtensions",
            "Microsoft.Extensions.Primitives",
            "Microsoft.Bcl.AsyncInterfaces", // IAsyncEnumerable<T> as Gax (netstandard2.0) sees it: `await foreach` over List*Async
        }
        .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
        .Where(File.Exists)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();
}
