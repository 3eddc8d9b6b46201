package io.cairn.bench;

import io.cairn.store.Store;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store that counts the calls made to its ports (each a round trip to the database at least), so
 * a driver can say how many store calls one summary or one expansion took. Calls pass through
 * unchanged.
 */
final class CountingStore {

    private final AtomicLong calls = new AtomicLong();
    private final Map<String, AtomicLong> byMethod = new ConcurrentSkipListMap<>();
    private final Store store;

    CountingStore(Store target) {
        this.store = proxy(Store.class, target, (self, method, args) -> {
            Object port = invoke(target, method, args);
            // Every Store method but close hands out a port; count the calls made to the port.
            return port != null && method.getReturnType().isInterface()
                    ? proxy(method.getReturnType(), port, (p, m, a) -> {
                        calls.incrementAndGet();
                        byMethod.computeIfAbsent(method.getName() + "()." + m.getName(), k -> new AtomicLong())
                                .incrementAndGet();
                        return invoke(port, m, a);
                    })
                    : port;
        });
    }

    Store store() {
        return store;
    }

    long calls() {
        return calls.get();
    }

    /** Calls per port method, as {@code observations().list=12, …}, in name order. */
    String byMethod() {
        StringBuilder text = new StringBuilder();
        byMethod.forEach((name, count) ->
                text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(count));
        return text.toString();
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> method.getDeclaringClass() == Object.class
                        ? method.invoke(target, args)
                        : handler.invoke(self, method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
