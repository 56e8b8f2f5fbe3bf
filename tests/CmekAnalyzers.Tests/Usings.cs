global using CmekAnalyzers.CodeFixes;
global using CmekAnalyzers.Rules;
global using CmekAnalyzers.Tests.Infrastructure;
global using Xunit;
