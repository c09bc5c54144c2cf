using Analytics.ExternalStub.Traffic;

namespace Analytics.ExternalStub.Faults;

/// <summary>
/// Applies the fault plan to the endpoints it is put on (<c>/data</c>), and only those: health, <c>/faults</c>
/// and <c>/stats</c> always answer.
/// </summary>
internal sealed class FaultInjectionFilter(FaultInjector injector, RequestCounter counter, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (plan, fault) = injector.Draw();
        counter.Received(fault);

        try
        {
            if (plan.LatencyMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(plan.LatencyMs), time, http.RequestAborted);
            }

            switch (fault)
            {
                case FaultKind.ServerError:
                    return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Injected fault: server error");
                case FaultKind.Unavailable:
                    return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Injected fault: unavailable");
                case FaultKind.Drop:
                    http.Abort();
                    return TypedResults.Empty;
                case FaultKind.Delay:
                    await Task.Delay(TimeSpan.FromMilliseconds(plan.DelayMs), time, http.RequestAborted);
                    break;
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller gave up (its timeout): nobody is left to answer.
            return TypedResults.Empty;
        }

        return await next(context);
    }
}
