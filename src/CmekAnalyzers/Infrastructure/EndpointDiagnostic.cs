using System.Collections.Generic;
using System.Collections.Immutable;
using CmekAnalyzers.Domain;
using Microsoft.CodeAnalysis;

namespace CmekAnalyzers.Infrastructure;

/// <summary>Builds the diagnostics of the endpoint rules (CMEK001, CMEK002, CMEK006) with what their shared fix needs.</summary>
internal static class EndpointDiagnostic
{
    /// <param name="fixLocation">The location the endpoint should serve, when every known location of the call agrees on it.</param>
    public static Diagnostic Create(DiagnosticDescriptor rule, SyntaxNode reported, ClientEndpoint endpoint, SyntaxNode? otherValue, string? fixLocation, params object[] messageArgs)
    {
        var additional = new List<Location>();
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        if (endpoint.Site is { } site)
        {
            additional.Add(site.GetLocation());
            var shape = endpoint.Kind == EndpointKind.Explicit ? FixProperties.EndpointValue : endpoint.Shape.ToString();
            if (fixLocation is not null && endpoint.Fixable)
            {
                properties[FixProperties.TargetLocation] = SpeechLocation.Canonical(fixLocation);
                properties[FixProperties.Shape] = shape;
            }
        }

        if (otherValue is not null)
        {
            additional.Add(otherValue.GetLocation());
        }

        // Last, so that the fixes still find the endpoint site first: where the endpoint is written in the JSON file.
        if (endpoint.Origin is { } origin)
        {
            additional.Add(origin.Location);
        }

        return Diagnostic.Create(rule, reported.GetLocation(), additional, properties.ToImmutable(), messageArgs);
    }

    /// <summary>True when every resource the call names is in <paramref name="location"/>: only then may a fix move the endpoint there.</summary>
    public static bool AllResourcesIn(SpeechCall call, string location)
    {
        foreach (var resource in call.Resources)
        {
            if (!SpeechLocation.Same(resource.Location, location))
            {
                return false;
            }
        }

        return true;
    }
}
