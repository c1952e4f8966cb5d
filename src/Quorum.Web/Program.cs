using NodaTime;
using Quorum.Data;
using Quorum.Web.Api;
using Quorum.Web.Api.OParl;

var builder = WebApplication.CreateBuilder(args);
var database = DatabaseSettings.FromConfiguration(builder.Configuration["Database:Provider"], builder.Configuration.GetConnectionString("Quorum"), builder.Environment.ContentRootPath);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddScoped(sp => QuorumDatabase.CreateContext(database, sp.GetRequiredService<IClock>()));
builder.Services.AddOpenData(builder.Configuration, builder.Environment);

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapOParl();
app.Run();

public partial class Program;
