using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace CmekAnalyzers.CodeFixes;

/// <summary>Syntax the endpoint fixes write, keeping the comments and layout around the change.</summary>
internal static class EndpointSyntax
{
    public static LiteralExpressionSyntax Literal(string text)
        => LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    /// <summary><c>SpeechClient.Create()</c> -> <c>new SpeechClientBuilder { Endpoint = "..." }.Build()</c>; CreateAsync(args) -> BuildAsync(args).</summary>
    public static ExpressionSyntax BuilderFor(InvocationExpressionSyntax create, string endpoint)
    {
        var isAsync = create.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateAsync" };
        var builderType = ParseTypeName("global::Google.Cloud.Speech.V2.SpeechClientBuilder").WithAdditionalAnnotations(Simplifier.Annotation);
        var creation = ObjectCreationExpression(builderType)
            .WithArgumentList(null)
            .WithInitializer(InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SingletonSeparatedList<ExpressionSyntax>(EndpointAssignment(endpoint))));
        var build = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, creation, IdentifierName(isAsync ? "BuildAsync" : "Build")),
            create.ArgumentList);
        return build.WithAdditionalAnnotations(Formatter.Annotation).WithTriviaFrom(create);
    }

    /// <summary>Adds <c>Endpoint = "..."</c> as the first member of the builder's initializer, creating it if needed.</summary>
    public static BaseObjectCreationExpressionSyntax WithEndpoint(BaseObjectCreationExpressionSyntax creation, string endpoint)
    {
        var assignment = EndpointAssignment(endpoint);
        if (creation.Initializer is not { } initializer)
        {
            var added = InitializerExpression(SyntaxKind.ObjectInitializerExpression, SingletonSeparatedList<ExpressionSyntax>(assignment))
                .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(Space))
                .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space));
            var trailing = creation.GetTrailingTrivia();
            return creation switch
            {
                ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } explicitType => explicitType
                    .WithType(explicitType.Type.WithoutTrailingTrivia())
                    .WithArgumentList(null)
                    .WithInitializer(added.WithTrailingTrivia(trailing)),
                _ => creation.WithoutTrailingTrivia().WithInitializer(added.WithTrailingTrivia(trailing)),
            };
        }

        if (initializer.Expressions.Count == 0)
        {
            return creation.WithInitializer(initializer.WithExpressions(SingletonSeparatedList<ExpressionSyntax>(
                assignment.WithLeadingTrivia(Space).WithTrailingTrivia(Space))));
        }

        var first = initializer.Expressions[0];
        var multiLine = initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var separatorTrailing = multiLine
            ? TriviaList(initializer.OpenBraceToken.TrailingTrivia.Last(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
            : TriviaList(Space);
        var expressions = initializer.Expressions.GetWithSeparators()
            .Insert(0, Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrailing))
            .Insert(0, assignment.WithLeadingTrivia(first.GetLeadingTrivia()));
        return creation.WithInitializer(initializer.WithExpressions(SeparatedList<ExpressionSyntax>(expressions)));
    }

    /// <summary><c>services.AddSpeechClient()</c> -> <c>services.AddSpeechClient(builder => builder.Endpoint = "...")</c>.</summary>
    public static InvocationExpressionSyntax WithRegistrationEndpoint(InvocationExpressionSyntax registration, string endpoint)
    {
        var lambda = SimpleLambdaExpression(
            Parameter(Identifier("builder")),
            AssignmentExpression(
                SyntaxKind.SimpleAssignmentExpression,
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("builder"), IdentifierName("Endpoint")),
                Literal(endpoint)));
        var arguments = registration.ArgumentList;
        return registration.WithArgumentList(arguments.WithArguments(SingletonSeparatedList(Argument(lambda))));
    }

    public static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);

    private static AssignmentExpressionSyntax EndpointAssignment(string endpoint)
        => AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("Endpoint"), Literal(endpoint))
            .NormalizeWhitespace();
}
