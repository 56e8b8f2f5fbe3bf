using System;
using System.Collections.Generic;
using System.Threading;
using CmekAnalyzers.Domain.Values;
using CmekAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>
/// The project's <c>services.AddSpeechClient(...)</c> registrations, read once per compilation on first need,
/// without a compilation-end action so that results still show while typing. One registration (or several
/// with the same endpoint) gives its endpoint to the clients the container injects; different ones give Unknown.
/// </summary>
internal sealed class ServiceRegistrations
{
    private readonly Lazy<Scan> _scan;

    public ServiceRegistrations(SpeechSymbols symbols, SemanticModels models, Func<ValueResolver> values)
        => _scan = new Lazy<Scan>(() => Read(symbols, models, values()), LazyThreadSafetyMode.ExecutionAndPublication);

    public ClientEndpoint Endpoint => _scan.Value.Endpoint;

    /// <summary>
    /// True when the container, not user code, creates <paramref name="type"/>: the project never writes
    /// <c>new T(...)</c> with arguments, so its SpeechClient constructor parameter comes from the registration.
    /// </summary>
    public bool IsInjected(INamedTypeSymbol type) => !_scan.Value.ConstructedByHand.Contains(type.Name);

    private static Scan Read(SpeechSymbols symbols, SemanticModels models, ValueResolver values)
    {
        var endpoints = new List<ClientEndpoint>();
        var constructed = new HashSet<string>(StringComparer.Ordinal);
        var clients = new ClientResolver(values, NoRegistrations);
        foreach (var tree in symbols.Compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation:
                        constructed.Add(RightmostName(creation.Type));
                        break;
                    case InvocationExpressionSyntax invocation when NameOf(invocation.Expression) == "AddSpeechClient":
                        if (models.For(tree).GetOperation(invocation) is IInvocationOperation operation && symbols.IsAddSpeechClient(operation.TargetMethod))
                        {
                            endpoints.Add(FromRegistration(operation, clients));
                        }

                        break;
                }
            }
        }

        return new Scan(Merge(endpoints), constructed);
    }

    private static readonly ServiceRegistrations NoRegistrations = new();

    private ServiceRegistrations() => _scan = new Lazy<Scan>(() => new Scan(ClientEndpoint.Unknown, new HashSet<string>()));

    private static ClientEndpoint FromRegistration(IInvocationOperation registration, ClientResolver clients)
    {
        IOperation? action = null;
        foreach (var argument in registration.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                action = argument.Value;
            }
        }

        if (action is null or IDefaultValueOperation || action.ConstantValue is { HasValue: true, Value: null })
        {
            return ClientEndpoint.Default(registration.Syntax, CreationShape.ServiceRegistration);
        }

        if (OperationTree.Lambda(action) is not { } lambda || lambda.Symbol.Parameters.Length == 0)
        {
            return ClientEndpoint.Unknown;
        }

        // The builder is the lambda's last parameter: (builder) or (provider, builder).
        var builder = lambda.Symbol.Parameters[lambda.Symbol.Parameters.Length - 1];
        IOperation? endpoint = null;
        var count = 0;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, builder))
            {
                if (reference.Parent is IPropertyReferenceOperation { Property.Name: "Endpoint" } property
                    && property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property)
                {
                    endpoint = assignment.Value;
                    count++;
                }
                else if (reference.Parent is not IPropertyReferenceOperation)
                {
                    return ClientEndpoint.Unknown; // handed to other code that may set the endpoint
                }
            }
        }

        return count switch
        {
            0 => ClientEndpoint.Unknown, // a lambda that sets other things: no fix shape, and the endpoint is global; keep it quiet
            1 => clients.FromValue(endpoint!),
            _ => ClientEndpoint.Unknown,
        };
    }

    private static ClientEndpoint Merge(List<ClientEndpoint> endpoints)
    {
        if (endpoints.Count == 1)
        {
            return endpoints[0];
        }

        if (endpoints.Count == 0)
        {
            return ClientEndpoint.NotShown; // registered in another project (or not at all): the code does not show the endpoint
        }

        // Several registrations (per environment, say) agree only when they name the same explicit endpoint.
        if (endpoints.Exists(e => e.Kind != EndpointKind.Explicit))
        {
            return ClientEndpoint.Unknown;
        }

        var first = endpoints[0].Location!;
        return endpoints.TrueForAll(e => SpeechLocation.Same(e.Location!, first)) ? endpoints[0] : ClientEndpoint.Unknown;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string RightmostName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => type.ToString(),
    };

    private sealed class Scan
    {
        public Scan(ClientEndpoint endpoint, HashSet<string> constructedByHand)
        {
            Endpoint = endpoint;
            ConstructedByHand = constructedByHand;
        }

        public ClientEndpoint Endpoint { get; }

        public HashSet<string> ConstructedByHand { get; }
    }
}
