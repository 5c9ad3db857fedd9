/**
 * 集群: what lets N instances serve one province behind a load balancer.
 * <ul>
 *   <li>Always: every {@code @Scheduled} job takes a ShedLock row lock in the database
 *       ({@link org.tongban.cluster.SchedulerLocks}), so a job runs once however many instances run it.</li>
 *   <li>In the {@code cluster} profile ({@link org.tongban.cluster.ClusterConfiguration}): sessions live in
 *       Redis, so a person signed in on one instance is signed in on all; events that modules mark
 *       {@code @Externalized} leave the Modulith outbox for the RabbitMQ topic exchange
 *       {@code tongban.events} (routing key {@code module.EventName}), the seam for analytics and data push;
 *       incomplete event publications are resubmitted by one instance, not by every one that restarts.</li>
 * </ul>
 * The search index stays per instance and converges from the database (see the search module and
 * docs/decisions/0015-cluster-profile.md).
 */
@ApplicationModule(displayName = "集群",
        allowedDependencies = {})
package org.tongban.cluster;

import org.springframework.modulith.ApplicationModule;
