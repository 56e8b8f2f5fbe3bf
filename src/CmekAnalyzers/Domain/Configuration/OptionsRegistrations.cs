using System;
using System.Collections.Generic;
using System.Threading;
using CmekAnalyzers.Domain.Values;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain.Configuration;

/// <summary>
/// The configuration section each options type is bound to, read once per compilation on first need:
/// <c>services.Configure&lt;T&gt;(config.GetSection("S"))</c>, <c>services.AddOptions&lt;T&gt;().Bind(...)</c> or
/// <c>.BindConfiguration("S")</c>. Known only when that is the one thing in the project that configures T: any other
/// <c>Configure</c>/<c>PostConfigure</c> (lambdas), named options or <c>IConfigureOptions&lt;T&gt;</c> class makes it unknown.
/// </summary>
internal sealed class OptionsRegistrations
{
    private static readonly HashSet<string> s_configuringMethods = new(StringComparer.Ordinal)
    {
        "Configure", "PostConfigure", "ConfigureAll", "PostConfigureAll", "Bind", "BindConfiguration",
    };

    [ThreadStatic]
    private static bool t_scanning;

    private readonly Lazy<Dictionary<ITypeSymbol, string?>> _sections;

    public OptionsRegistrations(ConfigurationSymbols symbols, Compilation compilation, SemanticModels models, Func<ConfigurationReads> reads, Func<ValueResolver> values)
        => _sections = new Lazy<Dictionary<ITypeSymbol, string?>>(() => Scan(symbols, compilation, models, reads(), values()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The section path <paramref name="optionsType"/> is bound to, or null when that is not the one way it is configured.</summary>
    public string? SectionOf(ITypeSymbol optionsType)
    {
        // The scan resolves argument values, which could ask for options again (a section name read from options):
        // re-entering the Lazy would throw, so such a value is unknown.
        if (t_scanning)
        {
            return null;
        }

        return _sections.Value.TryGetValue(optionsType, out var section) ? section : null;
    }

    private static Dictionary<ITypeSymbol, string?> Scan(ConfigurationSymbols symbols, Compilation compilation, SemanticModels models, ConfigurationReads reads, ValueResolver values)
    {
        t_scanning = true;
        try
        {
            return ScanTrees(symbols, compilation, models, reads, values);
        }
        finally
        {
            t_scanning = false;
        }
    }

    private static Dictionary<ITypeSymbol, string?> ScanTrees(ConfigurationSymbols symbols, Compilation compilation, SemanticModels models, ConfigurationReads reads, ValueResolver values)
    {
        var found = new Dictionary<ITypeSymbol, List<string?>>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation when s_configuringMethods.Contains(NameOf(invocation.Expression) ?? string.Empty):
                        if (models.For(tree).GetOperation(invocation) is IInvocationOperation operation
                            && OptionsTypeOf(operation.TargetMethod, symbols) is { } optionsType)
                        {
                            Add(found, optionsType, SectionBoundBy(operation, symbols, reads, values));
                        }

                        break;
                    case ClassDeclarationSyntax or RecordDeclarationSyntax:
                        if (models.For(tree).GetDeclaredSymbol(node) is INamedTypeSymbol type)
                        {
                            foreach (var implemented in type.AllInterfaces)
                            {
                                if (implemented.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Options"
                                    && implemented.Name is "IConfigureOptions" or "IConfigureNamedOptions" or "IPostConfigureOptions"
                                    && implemented.TypeArguments.Length == 1)
                                {
                                    Add(found, implemented.TypeArguments[0], null);
                                }
                            }
                        }

                        break;
                }
            }
        }

        var sections = new Dictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default);
        foreach (var pair in found)
        {
            sections[pair.Key] = pair.Value.Count == 1 ? pair.Value[0] : null;
        }

        return sections;
    }

    private static void Add(Dictionary<ITypeSymbol, List<string?>> found, ITypeSymbol optionsType, string? section)
    {
        if (!found.TryGetValue(optionsType, out var list))
        {
            found[optionsType] = list = new List<string?>();
        }

        list.Add(section);
    }

    /// <summary>T of <c>services.Configure&lt;T&gt;(...)</c> or of an <c>OptionsBuilder&lt;T&gt;</c> call; null for other methods.</summary>
    private static ITypeSymbol? OptionsTypeOf(IMethodSymbol method, ConfigurationSymbols symbols)
    {
        if (ConfigurationSymbols.Is(method.ContainingType, symbols.OptionsBuilder))
        {
            return method.ContainingType.TypeArguments[0];
        }

        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return method.TypeArguments.Length >= 1 && (ns == "Microsoft.Extensions.DependencyInjection" || ns.StartsWith("Microsoft.Extensions.Options", StringComparison.Ordinal))
            ? method.TypeArguments[0]
            : null;
    }

    /// <summary>The section a binding call binds the default (unnamed) options to; null for anything else.</summary>
    private static string? SectionBoundBy(IInvocationOperation invocation, ConfigurationSymbols symbols, ConfigurationReads reads, ValueResolver values)
    {
        var method = invocation.TargetMethod;
        var binding = ConfigurationSymbols.Is(method.ContainingType, symbols.ServiceCollectionBinding)
                      || ConfigurationSymbols.Is(method.ContainingType, symbols.BuilderBinding);
        if (!binding)
        {
            return null;
        }

        IOperation? configuration = null;
        IOperation? path = null;
        IOperation? builder = null;
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "name":
                    return null; // named options: not what IOptions<T>.Value gives
                case "config" or "configuration":
                    configuration = argument.Value;
                    break;
                case "configSectionPath":
                    path = argument.Value;
                    break;
                case "optionsBuilder":
                    builder = argument.Value;
                    break;
            }
        }

        // services.AddOptions<T>("name").Bind(...): the builder is for named options.
        if (builder is not null && OperationTree.Unwrap(builder) is IInvocationOperation { TargetMethod.Name: "AddOptions" } add && add.Arguments.Length > 1)
        {
            return null;
        }

        if (method.Name == "BindConfiguration")
        {
            return path is null ? null : values.StringOf(path)?.Value;
        }

        return method.Name is "Configure" or "Bind" && configuration is not null ? reads.SectionOf(configuration, 0) : null;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
