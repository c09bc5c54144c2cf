using Microsoft.AspNetCore.Http.HttpResults;

namespace Analytics.ExternalStub.Faults;

/// <summary>Reads and changes the fault plan while the stub runs: tests and the dashboard flip it without restarts.</summary>
internal static class FaultEndpoints
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder app)
    {
        var faults = app.MapGroup("/faults").WithTags("Faults");
        faults.MapGet("/", (FaultInjector injector) => TypedResults.Ok(injector.Current))
            .WithSummary("The fault plan in force.");
        faults.MapPut("/", ChangePlan)
            .WithSummary("Changes the plan; fields left out take their start-up value.");
        faults.MapDelete("/", (FaultInjector injector) =>
            {
                injector.Apply(injector.Startup);
                return TypedResults.Ok(injector.Current);
            })
            .WithSummary("Restores the plan from the settings.");
        return app;
    }

    private static Results<Ok<FaultPlan>, ValidationProblem> ChangePlan(FaultPlanChange change, FaultInjector injector)
    {
        var plan = change.AppliedTo(injector.Startup);
        var problems = plan.Problems();
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "The fault plan is not valid.");
        }

        injector.Apply(plan);
        return TypedResults.Ok(plan);
    }
}
