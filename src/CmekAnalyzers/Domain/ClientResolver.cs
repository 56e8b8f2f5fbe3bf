using CmekAnalyzers.Domain.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CmekAnalyzers.Domain;

/// <summary>
/// The endpoint of the SpeechClient an expression denotes: <c>SpeechClient.Create()</c>/<c>CreateAsync()</c>,
/// builders (initializer or later assignments before <c>Build</c>), locals, fields and properties assigned once,
/// and clients the project's dependency-injection registration provides.
/// </summary>
internal sealed class ClientResolver
{
    private static readonly string[] s_endpointOverrides = { "UniverseDomain", "CallInvoker" };

    private readonly ValueResolver _values;
    private readonly ServiceRegistrations _registrations;

    public ClientResolver(ValueResolver values, ServiceRegistrations registrations)
    {
        _values = values;
        _registrations = registrations;
    }

    public ClientEndpoint Resolve(IOperation? client)
    {
        var origin = _values.OriginOf(client);
        switch (origin?.Expression)
        {
            case IInvocationOperation invocation:
                return FromInvocation(invocation);
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor }
                when _registrations.IsInjected(constructor.ContainingType):
                return _registrations.Endpoint;
            default:
                return MadeElsewhere(origin) ? ClientEndpoint.NotShown : ClientEndpoint.Unknown;
        }
    }

    /// <summary>
    /// True when the value comes from where the code does not look (a parameter, a method, another object's member);
    /// false when the code shows alternatives (assigned twice, <c>a ? b : c</c>, <c>??</c>, a switch), which may differ.
    /// </summary>
    private static bool MadeElsewhere(ObjectOrigin? origin)
        => origin?.Expression is { } expression
           && expression is not (IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation);

    private ClientEndpoint FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var symbols = _values.Symbols;
        if (method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.SpeechClient))
        {
            return method.Name switch
            {
                "Create" => ClientEndpoint.Default(invocation.Syntax, CreationShape.CreateCall),
                "CreateAsync" => ClientEndpoint.Default(invocation.Syntax, CreationShape.CreateAsyncCall),
                _ => ClientEndpoint.Unknown,
            };
        }

        if (method.Name is "Build" or "BuildAsync" && invocation.Instance is { } builder && symbols.IsSpeechBuilder(builder.Type))
        {
            return FromBuilder(builder, invocation);
        }

        if (method.Name is "GetService" or "GetRequiredService" && IsSpeechClientRequest(invocation))
        {
            return _registrations.Endpoint;
        }

        return ClientEndpoint.NotShown; // a factory of the project or a library: the client is built where we cannot look
    }

    /// <summary>The endpoint a builder has when <paramref name="build"/> runs.</summary>
    public ClientEndpoint FromBuilder(IOperation builder, IOperation build)
    {
        var origin = _values.OriginOf(builder);
        if (origin is null || origin.PassedThroughMember)
        {
            return ClientEndpoint.Unknown;
        }

        if (origin.Expression is not IObjectCreationOperation creation)
        {
            return ClientEndpoint.NotShown; // a builder handed in or made by other code
        }

        var overrides = MemberAssignments.Find(creation, origin.Holders, s_endpointOverrides, build);
        var endpoint = MemberAssignments.Find(creation, origin.Holders, MessageFields.Endpoint, build);
        if (overrides.State != MemberState.NotSet)
        {
            return ClientEndpoint.Unknown; // another universe or a hand-made channel: not a Google endpoint we can place
        }

        return endpoint.State switch
        {
            MemberState.NotSet => ClientEndpoint.Default(creation.Syntax, CreationShape.BuilderCreation),
            MemberState.Set => FromValue(endpoint.Value!),
            _ => ClientEndpoint.Unknown,
        };
    }

    /// <summary>An Endpoint value: Explicit when it names a Speech location, an unplaced host otherwise, NotShown when read at run time.</summary>
    public ClientEndpoint FromValue(IOperation value)
    {
        var resolved = _values.StringOf(value);
        if (resolved?.Value is not { } text)
        {
            return MadeElsewhere(_values.OriginOf(value)) ? ClientEndpoint.NotShown : ClientEndpoint.Unknown;
        }

        var endpoint = SpeechEndpoint.Parse(text);
        return endpoint.Location is null ? ClientEndpoint.UnplacedHost(text, value.Syntax) : ClientEndpoint.Explicit(endpoint, value.Syntax, resolved.Origin);
    }

    private bool IsSpeechClientRequest(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.TypeArguments.Length == 1)
        {
            return SymbolEqualityComparer.Default.Equals(method.TypeArguments[0], _values.Symbols.SpeechClient);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is ITypeOfOperation typeOf)
            {
                return SymbolEqualityComparer.Default.Equals(typeOf.TypeOperand, _values.Symbols.SpeechClient);
            }
        }

        return false;
    }
}
