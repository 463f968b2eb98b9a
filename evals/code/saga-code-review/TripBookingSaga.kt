package travel.booking

import java.util.concurrent.CompletableFuture

class TripBookingSaga(
    private val flights: FlightService,
    private val hotels: HotelService,
    private val payments: PaymentService,
    private val repository: SagaRepository,
) {

    fun book(trip: Trip, correlationId: String) {
        val state = repository.start(trip.id, correlationId)
        val flight: CompletableFuture<FlightBooking> = flights.reserveAsync(trip.flight, correlationId)
        val booking = flight.get()
        repository.save(state.copy(flightId = booking.id))
        try {
            hotels.reserve(trip.hotel, correlationId)
            repository.save(state.copy(hotelBooked = true))
            payments.charge(trip.id, trip.price, correlationId)
            repository.save(state.copy(status = SagaStatus.COMPLETED))
        } catch (e: BookingException) {
            compensate(trip, state, correlationId)
        }
    }

    private fun compensate(trip: Trip, state: SagaState, correlationId: String) {
        if (state.hotelBooked) {
            hotels.cancel(trip.hotel, correlationId)
        }
        flights.cancel(state.flightId, correlationId)
        repository.save(state.copy(status = SagaStatus.COMPENSATED))
    }

    fun onPaymentReversalRequested(event: PaymentReversalRequested) {
        payments.refund(event.tripId, event.amount)
        repository.markRefunded(event.tripId)
    }
}
