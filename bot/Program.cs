using ConnectorBot;
using ConnectorBot.Asks;
using ConnectorBot.BotFramework;
using ConnectorBot.Cli;
using ConnectorBot.Digest;
using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Invitations;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;
using ConnectorBot.Teams;
using ConnectorBot.Telemetry;
using ConnectorBot.Understanding;

if (CliVerbs.IsVerb(args)) { return await CliVerbs.RunAsync(args); }

// The settings file sits next to the binary (linked from the top level); environment variables override it.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddTableStorage(builder.Configuration);
builder.Services.AddBot(builder.Configuration, builder.Environment);
builder.Services.AddInterview(builder.Configuration);
builder.Services.AddPrivacy();
builder.Services.AddTeams(builder.Configuration);
builder.Services.AddIntros(builder.Configuration);
builder.Services.AddAsks(builder.Configuration);
builder.Services.AddDigest(builder.Configuration);
builder.Services.AddInvitations(builder.Configuration);
builder.Services.AddEmbeddings(builder.Configuration);
builder.Services.AddUnderstanding(builder.Configuration);
builder.Services.AddRoutes(Routes.Map);
builder.Services.AddTelemetry(builder.Configuration);

var app = builder.Build();
app.MapHealthz();
app.MapBot();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host.</summary>
public partial class Program;
