using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>
/// The Microsoft.Extensions.Configuration and Options types, by metadata name: the analyzer takes no dependency on them,
/// and a compilation without them gets no configuration reads at all.
/// </summary>
internal sealed class ConfigurationSymbols
{
    private ConfigurationSymbols(Compilation compilation, INamedTypeSymbol configuration, INamedTypeSymbol section)
    {
        Configuration = configuration;
        Section = section;
        Binder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        Extensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationExtensions");
        Options = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptions`1");
        OptionsMonitor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptionsMonitor`1");
        OptionsBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.OptionsBuilder`1");
        ServiceCollectionBinding = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
        BuilderBinding = compilation.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
    }

    public INamedTypeSymbol Configuration { get; }

    public INamedTypeSymbol Section { get; }

    /// <summary>ConfigurationBinder: <c>GetValue</c>, <c>Get</c>, <c>Bind</c>.</summary>
    public INamedTypeSymbol? Binder { get; }

    /// <summary>ConfigurationExtensions: <c>GetConnectionString</c>, <c>GetRequiredSection</c>.</summary>
    public INamedTypeSymbol? Extensions { get; }

    public INamedTypeSymbol? Options { get; }

    public INamedTypeSymbol? OptionsMonitor { get; }

    public INamedTypeSymbol? OptionsBuilder { get; }

    /// <summary><c>services.Configure&lt;T&gt;(IConfiguration)</c>.</summary>
    public INamedTypeSymbol? ServiceCollectionBinding { get; }

    /// <summary><c>optionsBuilder.Bind(IConfiguration)</c>, <c>BindConfiguration(path)</c>.</summary>
    public INamedTypeSymbol? BuilderBinding { get; }

    public static ConfigurationSymbols? TryCreate(Compilation compilation)
        => compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") is { } configuration
           && compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection") is { } section
            ? new ConfigurationSymbols(compilation, configuration, section)
            : null;

    /// <summary>An IConfiguration of any kind: root, manager, section.</summary>
    public bool IsConfiguration(ITypeSymbol? type) => Implements(type, Configuration);

    /// <summary>A configuration that is not a section: IConfiguration, IConfigurationRoot, ConfigurationManager.</summary>
    public bool IsRoot(ITypeSymbol? type) => IsConfiguration(type) && !Implements(type, Section);

    public bool IsSection(ITypeSymbol? type) => Implements(type, Section);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    private static bool Implements(ITypeSymbol? type, INamedTypeSymbol expected)
    {
        if (type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, expected))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, expected))
            {
                return true;
            }
        }

        return false;
    }
}
