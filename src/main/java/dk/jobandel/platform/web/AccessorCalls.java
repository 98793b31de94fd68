package dk.jobandel.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Calls of accessors in the templates' expressions, such as {@code ${row.name()}}, with the accessor's return type
 * worked out once instead of on every call.
 *
 * <p>SpEL's {@link ReflectiveMethodExecutor} builds a new {@link TypeDescriptor} of the method's return type, with
 * its generics and annotations, each time it calls a method. The list pages call a handful of record accessors per
 * row, so that was a tenth of the CPU of the consultant's freelancer list (JFR, issue 12). The executor that replaces
 * it here keeps the descriptor; it is used only for public instance methods without parameters, and the resolution
 * itself, with Thymeleaf's list of methods that templates must not call, stays Thymeleaf's.
 *
 * <p>Spring MVC's Thymeleaf view makes a new evaluation context for each page and hands it to the engine as a
 * variable; the engine's context factory, which Thymeleaf calls once per page, puts the resolver into it. SpEL keeps
 * the executor in the parsed expression, which Thymeleaf caches, so the resolver is asked only the first time an
 * expression meets a type. {@link TemplateEngineSettings} installs it in the application's engine.
 */
final class AccessorCalls {

    private AccessorCalls() {}

    /** Has the engine, which must not have started yet, put the resolver into each page's evaluation context. */
    static void installIn(SpringTemplateEngine engine) {
        engine.setEngineContextFactory(new InstallingContextFactory(engine.getEngineContextFactory()));
    }

    /** Makes each page's engine context as before, and puts the resolver into the page's evaluation context. */
    record InstallingContextFactory(IEngineContextFactory delegate) implements IEngineContextFactory {

        @Override
        public IEngineContext createEngineContext(
                IEngineConfiguration configuration,
                TemplateData templateData,
                Map<String, Object> templateResolutionAttributes,
                IContext context) {
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof StandardEvaluationContext evaluation) {
                install(evaluation);
            }
            return delegate.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
        }
    }

    /** Wraps the context's method resolvers, once. */
    static void install(StandardEvaluationContext evaluation) {
        List<MethodResolver> resolvers = evaluation.getMethodResolvers();
        if (resolvers.size() == 1 && resolvers.getFirst() instanceof AccessorResolver) {
            return;
        }
        evaluation.setMethodResolvers(new ArrayList<>(List.of(new AccessorResolver(List.copyOf(resolvers)))));
    }

    /**
     * Asks the given resolvers, and gives accessors a cheaper executor than SpEL's reflective one. It is a
     * {@link ReflectiveMethodResolver} because SpEL keeps executors in the parsed expression only when the context's
     * one resolver is one.
     */
    static final class AccessorResolver extends ReflectiveMethodResolver {

        private final List<MethodResolver> resolvers;

        AccessorResolver(List<MethodResolver> resolvers) {
            this.resolvers = resolvers;
        }

        @Override
        public @Nullable MethodExecutor resolve(
                EvaluationContext context, Object target, String name, List<TypeDescriptor> argumentTypes)
                throws AccessException {
            for (MethodResolver resolver : resolvers) {
                MethodExecutor executor = resolver.resolve(context, target, name, argumentTypes);
                if (executor != null) {
                    return argumentTypes.isEmpty() && executor instanceof ReflectiveMethodExecutor reflective
                            ? AccessorExecutor.of(reflective.getMethod(), target)
                                    .orElse(executor)
                            : executor;
                }
            }
            return null;
        }
    }

    /**
     * Calls a public instance method without parameters, through its public declaration, with the return type's
     * descriptor made once.
     */
    static final class AccessorExecutor implements MethodExecutor {

        private final Method method;
        private final TypeDescriptor returnType;

        private AccessorExecutor(Method method, TypeDescriptor returnType) {
            this.method = method;
            this.returnType = returnType;
        }

        static Optional<MethodExecutor> of(Method method, Object target) {
            if (method.getParameterCount() != 0
                    || Modifier.isStatic(method.getModifiers())
                    || !Modifier.isPublic(method.getModifiers())
                    || target instanceof Class<?>) {
                return Optional.empty();
            }
            Method callable = ClassUtils.getPubliclyAccessibleMethodIfPossible(method, target.getClass());
            try {
                ReflectionUtils.makeAccessible(callable);
            } catch (RuntimeException closedModule) {
                // a method of a class that a module keeps closed: SpEL's own executor reports it when called
                return Optional.empty();
            }
            return Optional.of(new AccessorExecutor(callable, new TypeDescriptor(new MethodParameter(method, -1))));
        }

        @Override
        public TypedValue execute(EvaluationContext context, Object target, @Nullable Object... arguments)
                throws AccessException {
            try {
                Object value = method.invoke(target);
                return new TypedValue(
                        value,
                        value == null || value.getClass() == returnType.getType()
                                ? returnType
                                : returnType.narrow(value));
            } catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException e) {
                throw new AccessException("Problem invoking method: " + method, e);
            }
        }
    }
}
