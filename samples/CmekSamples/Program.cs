// Samples of code each CmekAnalyzers rule reports. Nothing here is meant to run: `dotnet build` shows the warnings.
Console.WriteLine("Build this project to see the CMEK warnings; see the files next to this one.");
